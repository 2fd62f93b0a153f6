package dk.godstart.dashboard.domain;

import static dk.godstart.dashboard.domain.FactsFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionRowTest {

  @Test
  void shouldHaveOnlyAnEmptyTotalWithoutHires() {
    assertEquals(
        List.of(new RetentionRow(null, 0, 0, 0, 0, null, 0, 0, null)),
        RetentionRow.of(Facts.none(), new Period(null, TODAY), TODAY));
  }

  @Test
  void shouldCountWhoStayedOneAndTwoYearsPerStartYearOfThoseWhoseAnniversaryCame() {
    FactsFixture f = new FactsFixture();
    LocalDate start = LocalDate.of(2024, 3, 1);
    f.active(1, "Ane", start);
    // Left the programme after 5 months: gone before either anniversary.
    f.hire(2, "Bo", start, "LEFT", start.plusMonths(5));
    // Completed the programme, and the employment ended after 18 months.
    f.hires.add(
        new Enrolled(
            3,
            103,
            "Cai",
            1,
            "BU",
            7,
            "Intro",
            start,
            "COMPLETED",
            start.plusMonths(6),
            start.plusMonths(18)));
    // Left on the first anniversary itself: stayed the year.
    f.hire(4, "Dan", start, "LEFT", start.plusYears(1));
    // Started this year: counted as started, not yet eligible.
    f.active(5, "Eva", LocalDate.of(2026, 2, 1));

    List<RetentionRow> rows = RetentionRow.of(f.facts(), new Period(null, TODAY), TODAY);

    assertEquals(new RetentionRow(2024, 4, 3, 4, 3, 0.75, 4, 1, 0.25), rows.get(0));
    assertEquals(new RetentionRow(2026, 1, 0, 0, 0, null, 0, 0, null), rows.get(1));
    assertEquals(new RetentionRow(null, 5, 3, 4, 3, 0.75, 4, 1, 0.25), rows.get(2));
  }

  @Test
  void shouldTakeOnlyHiresWhoStartedInThePeriod() {
    FactsFixture f = new FactsFixture();
    f.active(1, "Ane", LocalDate.of(2024, 3, 1));
    f.active(2, "Bo", LocalDate.of(2025, 3, 1));

    List<RetentionRow> rows =
        RetentionRow.of(f.facts(), new Period(LocalDate.of(2025, 1, 1), TODAY), TODAY);

    assertEquals(2025, rows.get(0).year());
    assertEquals(1, rows.get(1).started());
  }
}
