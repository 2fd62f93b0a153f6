package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.START;
import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DayReachedTest {

  private static final long MODULE = 7;
  private static final DayReached WEEK_BEFORE_START = new DayReached(-7);

  @Test
  void shouldBeMetOnTheStartDateForDayZero() {
    RuleOutcome outcome = new DayReached(0).evaluate(Facts.onDay(0).build(), MODULE);

    assertTrue(outcome.met());
    assertEquals(START, outcome.metOn());
    assertEquals(Reason.day(0, START), outcome.reason());
  }

  @Test
  void shouldWaitForTheStartDateTheDayBeforeForDayZero() {
    RuleOutcome outcome = new DayReached(0).evaluate(Facts.onDay(-1).build(), MODULE);

    assertFalse(outcome.met());
    assertEquals(List.of(WaitingFor.day(START)), outcome.waitingFor());
    assertEquals(START, outcome.opensOn());
  }

  @Test
  void shouldWaitBeforeAPreboardingDay() {
    RuleOutcome outcome = WEEK_BEFORE_START.evaluate(Facts.onDay(-8).build(), MODULE);

    assertFalse(outcome.met());
    assertEquals(List.of(WaitingFor.day(day(-7))), outcome.waitingFor());
    assertEquals(day(-7), outcome.opensOn());
  }

  @Test
  void shouldBeMetOnAPreboardingDayBeforeTheStart() {
    RuleOutcome outcome = WEEK_BEFORE_START.evaluate(Facts.onDay(-7).build(), MODULE);

    assertTrue(outcome.met());
    assertEquals(day(-7), outcome.metOn());
    assertEquals(Reason.day(-7, START.minusDays(7)), outcome.reason());
  }

  @Test
  void shouldStayMetAfterAPreboardingDayWithTheDayItOpened() {
    RuleOutcome outcome = WEEK_BEFORE_START.evaluate(Facts.onDay(30).build(), MODULE);

    assertTrue(outcome.met());
    assertEquals(day(-7), outcome.metOn());
    assertNull(outcome.opensOn());
  }

  @Test
  void shouldCountDaysAfterTheStartDate() {
    DayReached dayThirty = new DayReached(30);

    assertFalse(dayThirty.evaluate(Facts.onDay(29).build(), MODULE).met());
    RuleOutcome outcome = dayThirty.evaluate(Facts.onDay(31).build(), MODULE);
    assertTrue(outcome.met());
    assertEquals(START.plusDays(30), outcome.metOn());
  }

  @Test
  void shouldAcceptDaysUpToTenYearsEitherSideOfTheStart() {
    assertDoesNotThrow(() -> new DayReached(3650));
    assertDoesNotThrow(() -> new DayReached(-3650));
    assertThrows(IllegalArgumentException.class, () -> new DayReached(3651));
    assertThrows(IllegalArgumentException.class, () -> new DayReached(-3651));
  }
}
