package dk.godstart.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallRulesTest {

  @Test
  void medianShouldBeTheMiddleOrTheMeanOfTheTwoMiddleValuesAndNothingForNoValues() {
    assertEquals(3.0, Median.of(5, 1, 3));
    assertEquals(2.5, Median.of(4, 1, 3, 2));
    assertNull(Median.of());
    // Counted values (as the database groups them) have the same median as the values spelt out.
    assertEquals(3.0, Median.ofCounts(java.util.Map.of(5L, 1L, 1L, 1L, 3L, 1L)));
    assertEquals(2.5, Median.ofCounts(java.util.Map.of(0L, 1L, 5L, 1L)));
    assertEquals(1.0, Median.ofCounts(java.util.Map.of(1L, 3L, 9L, 2L)));
    assertEquals(5.0, Median.ofCounts(java.util.Map.of(1L, 2L, 9L, 2L)));
    assertNull(Median.ofCounts(java.util.Map.of()));
  }

  @Test
  void shareShouldRoundToFourDecimalsAndBeNothingOfNothing() {
    assertEquals(0.3333, Share.of(1, 3));
    assertEquals(1.0, Share.of(2, 2));
    assertNull(Share.of(0, 0));
  }

  @Test
  void periodShouldIncludeBothEndsAndRefuseToRunBackwards() {
    Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertTrue(period.contains(LocalDate.of(2026, 1, 1)));
    assertTrue(period.contains(LocalDate.of(2026, 1, 31)));
    assertFalse(period.contains(LocalDate.of(2026, 2, 1)));
    assertTrue(period.overlaps(LocalDate.of(2025, 6, 1), null));
    assertFalse(period.overlaps(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void wholeMonthsShouldBeTheMonthsThePeriodCoversFromTheirFirstToTheirLastDay() {
    LocalDate jan15 = LocalDate.of(2026, 1, 15);
    assertEquals(
        Optional.of(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31))),
        new Period(jan15, LocalDate.of(2026, 4, 30).minusDays(1)).wholeMonths());
    assertEquals(
        Optional.of(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30))),
        new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)).wholeMonths());
    // Open at the start: every month up to the last whole one.
    assertEquals(
        Optional.of(new Period(null, LocalDate.of(2025, 12, 31))),
        new Period(null, jan15).wholeMonths());
    // Within one month, or across two halves of months: none whole.
    assertEquals(Optional.empty(), new Period(jan15, LocalDate.of(2026, 1, 30)).wholeMonths());
    assertEquals(Optional.empty(), new Period(jan15, LocalDate.of(2026, 2, 27)).wholeMonths());
    assertEquals(
        Optional.of(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))),
        new Period(jan15, LocalDate.of(2026, 2, 28)).wholeMonths());
  }

  @Test
  void unitTreeShouldFindAUnitAndEveryUnitBelowItButNotItsSiblings() {
    Map<Long, Long> parents = new HashMap<>();
    parents.put(1L, null);
    parents.put(2L, 1L);
    parents.put(3L, 1L);
    parents.put(4L, 2L);
    UnitTree tree = new UnitTree(parents);

    assertEquals(Set.of(1L, 2L, 3L, 4L), tree.below(1));
    assertEquals(Set.of(2L, 4L), tree.below(2));
    assertTrue(tree.isWithin(4, 1));
    assertFalse(tree.isWithin(3, 2));
    assertFalse(tree.contains(9));
  }

  @Test
  void aHireLeftOnTheEmploymentsEndWhenRecordedOtherwiseWhenTheEnrolmentEndedAsLeft() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    assertEquals(
        LocalDate.of(2025, 6, 1),
        new Enrolled(
                1,
                1,
                "A",
                1,
                "U",
                1,
                "P",
                start,
                "COMPLETED",
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2025, 6, 1))
            .leftOn()
            .orElseThrow());
    assertEquals(
        LocalDate.of(2024, 3, 1),
        new Enrolled(1, 1, "A", 1, "U", 1, "P", start, "LEFT", LocalDate.of(2024, 3, 1), null)
            .leftOn()
            .orElseThrow());
    assertTrue(
        new Enrolled(1, 1, "A", 1, "U", 1, "P", start, "COMPLETED", LocalDate.of(2024, 6, 1), null)
            .leftOn()
            .isEmpty());
  }

  @Test
  void monthsShouldRunThroughThePeriodWithEmptyMonthsIncluded() {
    java.util.Map<java.time.YearMonth, Long> done =
        java.util.Map.of(java.time.YearMonth.of(2026, 3), 2L, java.time.YearMonth.of(2026, 5), 1L);

    java.util.List<MonthCount> months =
        MonthCount.ofCounts(done, new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31)));

    assertEquals(4, months.size());
    assertEquals(
        java.util.List.of(0L, 2L, 0L, 1L), months.stream().map(MonthCount::completed).toList());
    assertEquals(java.time.YearMonth.of(2026, 2), months.get(0).month());
  }
}
