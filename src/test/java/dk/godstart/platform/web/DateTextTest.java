package dk.godstart.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

  private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.12.2026",
        "01.12.2026",
        " 1.12.2026 ",
        "1-12-2026",
        "01-12-2026",
        "1/12-2026",
        "1/12 2026",
        "1. 12. 2026",
        "2026-12-01",
        "2026-12-1"
      })
  void aDanishDateOrTheIsoFormIsRead(String typed) {
    assertEquals(Optional.of(FIRST_OF_DECEMBER), DateText.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "i morgen", "32-13-2026", "31.2.2026", "1.12.26", "12/1/2026 x", "2026-13-01"})
  void textThatNamesNoDayIsNoDate(String typed) {
    assertEquals(Optional.empty(), DateText.parse(typed));
  }

  @Test
  void theDayComesFirstAsDanesWriteIt() {
    assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), DateText.parse("3.2.2026"));
  }

  @Test
  void danishPagesShowTheDanishFormAndEnglishPagesTheIsoForm() {
    assertEquals("1.12.2026", DateText.format(FIRST_OF_DECEMBER, Locale.forLanguageTag("da")));
    assertEquals("2026-12-01", DateText.format(FIRST_OF_DECEMBER, Locale.ENGLISH));
    assertEquals("", DateText.format(null, Locale.ENGLISH));
  }

  @Test
  void whatIsShownIsReadBackAsTheSameDay() {
    for (Locale page : new Locale[] {Locale.forLanguageTag("da"), Locale.ENGLISH}) {
      assertEquals(
          Optional.of(FIRST_OF_DECEMBER), DateText.parse(DateText.format(FIRST_OF_DECEMBER, page)));
    }
  }
}
