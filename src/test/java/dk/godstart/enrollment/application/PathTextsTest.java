package dk.godstart.enrollment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.process.domain.unlock.Reason;
import dk.godstart.process.domain.unlock.WaitingFor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTextsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  private static PathTexts texts(Locale locale) {
    return new PathTexts(locale, Map.of("underretning", "Underretning"), Map.of(7L, "Notatpligt"));
  }

  @Test
  void theHireReadsHerOwnPathAddressedAsYou() {
    PathTexts texts = texts(Locale.forLanguageTag("da"));

    assertEquals(
        "Åbnet, da du nåede trinnet \"Underretning\".",
        texts.reason(Reason.step("underretning", DAY)));
  }

  @Test
  void aMentorReadsAboutTheHireByName() {
    PathTexts texts = texts(Locale.forLanguageTag("da")).aboutSomeoneElse("Sofie");

    assertEquals(
        "Åbnet, da Sofie nåede trinnet \"Underretning\".",
        texts.reason(Reason.step("underretning", DAY)));
    assertEquals(
        "Åbner når Sofie har gennemført \"Notatpligt\" eller når en mentor frigiver det.",
        texts.waiting(List.of(WaitingFor.module(7), WaitingFor.release()), true));
    assertEquals("Åbnet af en mentor.", texts.reason(Reason.release(DAY)));
  }

  @Test
  void inEnglishTheMentorReadsEnglish() {
    PathTexts texts = texts(Locale.ENGLISH).aboutSomeoneElse("Sofie");

    assertEquals(
        "Opened when Sofie had completed \"Notatpligt\".", texts.reason(Reason.module(7, DAY)));
  }
}
