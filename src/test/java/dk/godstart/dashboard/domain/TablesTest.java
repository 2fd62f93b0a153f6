package dk.godstart.dashboard.domain;

import static dk.godstart.dashboard.domain.FactsFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.kernel.DanishTime;
import dk.godstart.process.domain.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {

  private static final Period ALL = new Period(null, TODAY);

  private static FactsFixture twoHires() {
    FactsFixture f = new FactsFixture();
    f.plan(10, 1, Phase.FORBEREDELSE, true, Competence.FAGLIG)
        .plan(11, 2, Phase.OPSTART, true, Competence.FAGLIG, Competence.SOCIAL)
        .plan(12, 3, Phase.LAERING, false, Competence.PRAKTISK);
    f.active(1, "Ane", TODAY.minusDays(60));
    f.hire(2, "Bo", TODAY.minusDays(500), "LEFT", TODAY.minusDays(300));
    f.done(1, 10, TODAY.minusDays(50), TODAY.minusDays(46), 0.5);
    f.done(1, 11, TODAY.minusDays(40), TODAY.minusDays(30), null, true);
    f.open(1, 12, false, TODAY.minusDays(20), null);
    f.done(2, 10, TODAY.minusDays(490), TODAY.minusDays(488), 1.0);
    f.mentor(1, 50, "Mette", true).mentor(1, 51, "Lars", false);
    return f;
  }

  @Test
  void shouldGiveEachHireTheirCountsPhaseLastActivityAndPrimaryMentorNewestFirst() {
    List<HireRow> rows = HireRow.of(twoHires().facts(), ALL, TODAY);

    assertEquals(List.of("Ane", "Bo"), rows.stream().map(HireRow::name).toList());
    HireRow ane = rows.get(0);
    assertEquals(3, ane.unlocked());
    assertEquals(2, ane.completed());
    assertEquals(0, ane.overdue());
    assertEquals(Phase.LAERING, ane.phase());
    assertEquals(TODAY.minusDays(30).atStartOfDay(DanishTime.ZONE).toInstant(), ane.lastActivity());
    assertEquals("Mette", ane.primaryMentor());
    HireRow bo = rows.get(1);
    assertEquals(Phase.OPSTART, bo.phase());
    assertNull(bo.primaryMentor());
  }

  @Test
  void shouldCutPagesFromTheTablesOrderSoThatAPageOfFactsGivesTheSameRows() {
    FactsFixture f = twoHires();
    f.active(3, "Cai", TODAY.minusDays(60));
    f.active(4, "Åse", TODAY.minusDays(5));

    List<Enrolled> ordered = HireRow.ordered(f.facts(), ALL);

    assertEquals(List.of("Åse", "Ane", "Cai", "Bo"), ordered.stream().map(Enrolled::name).toList());
    assertEquals(
        ordered.stream().map(Enrolled::enrollmentId).toList(),
        HireRow.of(f.facts(), ALL, TODAY).stream().map(HireRow::enrollmentId).toList());
  }

  @Test
  void shouldLeaveOutHiresWhoseEnrolmentEndedBeforeThePeriod() {
    List<HireRow> rows =
        HireRow.of(twoHires().facts(), new Period(TODAY.minusDays(100), TODAY), TODAY);

    assertEquals(List.of("Ane"), rows.stream().map(HireRow::name).toList());
  }

  @Test
  void shouldCountEachHiresReflectionsReviewsAndNextMeeting() {
    FactsFixture f = twoHires();
    f.note(1, 10L, "SUBMITTED", FactsFixture.at(TODAY.minusDays(3), 9), null, null)
        .note(
            1,
            11L,
            "ANSWERED",
            FactsFixture.at(TODAY.minusDays(20), 9),
            FactsFixture.at(TODAY.minusDays(20), 19),
            50L)
        .note(
            1,
            null,
            "REVIEWED",
            FactsFixture.at(TODAY.minusDays(30), 9),
            FactsFixture.at(TODAY.minusDays(29), 15),
            50L)
        .note(1, 12L, "DRAFT", null, null, null)
        .meeting(
            1, FactsFixture.at(TODAY.minusDays(14), 10), FactsFixture.at(TODAY.minusDays(14), 11))
        .meeting(1, FactsFixture.at(TODAY.plusDays(7), 10), null);

    HireRow ane = HireRow.of(f.facts(), ALL, TODAY).get(0);
    // Modules 10 and 11; the logbook entry and the draft are no reflection on a module.
    assertEquals(2, ane.reflected());
    assertEquals(0, ane.reviewed());
    assertEquals(FactsFixture.at(TODAY.plusDays(7), 10), ane.nextMeeting());
  }
}
