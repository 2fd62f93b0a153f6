package dk.godstart.enrollment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpersFormTest {

  @Test
  void userNamesMayBeSeparatedByCommasSpacesOrBoth() {
    HelpersForm form = new HelpersForm();
    form.setSubstitutes(" mentor2, mentor3  mentor4,");
    form.setBuddies("buddy,buddy2");

    assertEquals(List.of("mentor2", "mentor3", "mentor4"), form.substituteNames());
    assertEquals(List.of("buddy", "buddy2"), form.buddyNames());
  }

  @Test
  void emptyFieldsMeanNoOne() {
    HelpersForm form = new HelpersForm();
    form.setBuddies("   ");

    assertEquals(List.of(), form.substituteNames());
    assertEquals(List.of(), form.buddyNames());
  }
}
