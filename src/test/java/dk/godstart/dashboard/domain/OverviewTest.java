package dk.godstart.dashboard.domain;

import static dk.godstart.dashboard.domain.FactsFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewTest {

  private static final Period YEAR = new Period(TODAY.minusYears(1), TODAY);

  @Test
  void shouldShowNoFiguresButZeroCountsWithoutHires() {
    Overview overview = Overview.of(Facts.none(), YEAR, TODAY, 14);

    assertEquals(0, overview.activeHires());
    assertEquals(0, overview.completedInPeriod());
    assertNull(overview.dueCompletionRate());
    assertNull(overview.medianDaysToComplete());
    assertEquals(List.of(), overview.stalled());
    assertEquals(List.of(), overview.overdue());
  }

  @Test
  void shouldCountActiveHiresCompletionsDueRateMedianStalledAndOverdue() {
    FactsFixture f = new FactsFixture();
    f.active(1, "Ane", TODAY.minusDays(60));
    f.active(2, "Bo", TODAY.minusDays(30));
    f.hire(3, "Carl", TODAY.minusDays(400), "LEFT", TODAY.minusDays(100));
    // Ane: two completions in the period (2 and 5 days), one overdue and untouched module.
    f.done(1, 10, TODAY.minusDays(50), TODAY.minusDays(48), 0.8);
    f.done(1, 11, TODAY.minusDays(40), TODAY.minusDays(35), null);
    f.open(1, 12, true, TODAY.minusDays(20), TODAY.minusDays(1));
    // Bo: a module opened 13 days ago (not stalled yet), not due.
    f.open(2, 10, true, TODAY.minusDays(13), TODAY.plusDays(5));
    // Carl left: his completion counts in the period, his open module does not stall anybody.
    f.done(3, 10, TODAY.minusDays(390), TODAY.minusDays(200), null);
    f.open(3, 11, true, TODAY.minusDays(300), TODAY.minusDays(250));

    Overview overview = Overview.of(f.facts(), YEAR, TODAY, 14);

    assertEquals(2, overview.activeHires());
    assertEquals(3, overview.completedInPeriod());
    // Ane's 3 due modules (due on unlock + 10 and yesterday): 2 completed of 3.
    assertEquals(0.6667, overview.dueCompletionRate());
    // 2, 5 and 190 days.
    assertEquals(5.0, overview.medianDaysToComplete());
    assertEquals(List.of(new HireRef(1, "Ane", "Børn og Unge")), overview.stalled());
    assertEquals(List.of(new HireRef(1, "Ane", "Børn og Unge")), overview.overdue());
  }

  @Test
  void shouldNotCallAModuleStalledBeforeTheConfiguredDaysHavePassed() {
    FactsFixture f = new FactsFixture();
    f.active(1, "Ane", TODAY.minusDays(60));
    f.touched(
        1,
        10,
        TODAY.minusDays(40),
        TODAY.minusDays(13).atStartOfDay(Progress.DANISH_TIME).toInstant());

    assertEquals(List.of(), Overview.of(f.facts(), YEAR, TODAY, 14).stalled());
    assertEquals(1, Overview.of(f.facts(), YEAR, TODAY, 13).stalled().size());
  }

  @Test
  void shouldCountACompletionBeforeItsUnlockAsZeroDays() {
    FactsFixture f = new FactsFixture();
    f.active(1, "Ane", TODAY.minusDays(60));
    f.done(1, 10, TODAY.minusDays(10), TODAY.minusDays(12), null);

    assertEquals(0.0, Overview.of(f.facts(), YEAR, TODAY, 14).medianDaysToComplete());
  }
}
