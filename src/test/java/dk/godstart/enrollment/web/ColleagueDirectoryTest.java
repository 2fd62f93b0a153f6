package dk.godstart.enrollment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.enrollment.application.Enrollments.Colleague;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColleagueDirectoryTest {

  private static final Colleague METTE =
      new Colleague("mentor", "Mette Kristensen", "Børn og Unge");
  private static final Colleague METTE_J = new Colleague("mj", "Mette Jensen", "Jobcenter");
  private static final Colleague ANNA = new Colleague("anna", "Anna Holm", null);
  private final ColleagueDirectory directory =
      new ColleagueDirectory(List.of(METTE, METTE_J, ANNA));

  @Test
  void everyTypedWordMatchesTheStartOfAWordOfNameUserNameOrUnit() {
    assertEquals(List.of(METTE, METTE_J), directory.search("mette", 10));
    assertEquals(List.of(METTE), directory.search("Mette Kr", 10));
    assertEquals(List.of(METTE), directory.search("børn", 10));
    assertEquals(List.of(METTE_J), directory.search("job mette", 10));
    assertEquals(List.of(ANNA), directory.search("ann", 10));
    assertEquals(List.of(), directory.search("ette", 10));
  }

  @Test
  void theSearchStopsAtTheLimit() {
    assertEquals(List.of(METTE), directory.search("", 1));
  }

  @Test
  void typedTextIsAcceptedWhenItNamesExactlyOneColleague() {
    assertEquals(Optional.of(METTE), directory.resolve("mentor"));
    assertEquals(Optional.of(METTE), directory.resolve(" mette kristensen "));
    assertEquals(Optional.of(METTE), directory.resolve("Mette Kristensen (Børn og Unge)"));
    assertEquals(Optional.of(ANNA), directory.resolve("Anna Holm"));
  }

  @Test
  void aTypoOrAPartialNameNamesNobody() {
    assertEquals(Optional.empty(), directory.resolve("Mette Kristense"));
    assertEquals(Optional.empty(), directory.resolve("Mette"));
    assertEquals(Optional.empty(), directory.resolve(""));
  }

  @Test
  void theLabelShowsTheUnitWhenThereIsOne() {
    assertEquals("Mette Kristensen (Børn og Unge)", ColleagueDirectory.label(METTE));
    assertEquals("Anna Holm", ColleagueDirectory.label(ANNA));
  }

  @Test
  void aUserNameIsTakenWhateverItsCase() {
    assertTrue(directory.hasUsername("Mentor"));
    assertFalse(directory.hasUsername("ny-medarbejder"));
  }
}
