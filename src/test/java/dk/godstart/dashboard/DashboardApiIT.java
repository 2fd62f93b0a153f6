package dk.godstart.dashboard;

import static dk.godstart.dashboard.DashboardFixture.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of {@code /api/v1/dashboard/*} on the small known organisation of {@link
 * DashboardFixture}, with exact values, and who may see which unit's figures (JSON and CSV).
 */
class DashboardApiIT {

  private static DashboardFixture f;
  private static Api admin;
  private static Api leader;
  private static Api otherLeader;

  @BeforeAll
  static void arrange() {
    f = DashboardFixture.get();
    admin = Api.withToken("demo-admin-token");
    leader = Api.withToken(TestAccounts.tokenFor("leder-test"));
    otherLeader = Api.withToken(TestAccounts.tokenFor("leder-tom"));
  }

  private static JsonObject object(Api api, String path) {
    Api.Reply reply = api.get(path);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static JsonArray array(Api api, String path) {
    Api.Reply reply = api.get(path);
    assertEquals(200, reply.status(), reply.body());
    return reply.structure().asJsonArray();
  }

  /** JSON-B leaves a null figure out (or writes null): either way there is no figure. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static List<String> names(JsonArray refs) {
    return refs.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
  }

  @Test
  void overviewCountsActiveHiresCompletionsDueRateMedianStalledOverdueAndWaitingNotes() {
    JsonObject o = object(leader, "/api/v1/dashboard/overview");

    assertEquals(2, o.getInt("activeHires"));
    assertEquals(3, o.getInt("completedInPeriod"));
    assertEquals(0.6667, o.getJsonNumber("dueCompletionRate").doubleValue());
    assertEquals(5.0, o.getJsonNumber("medianDaysToComplete").doubleValue());
    assertEquals(List.of("Test Anna"), names(o.getJsonArray("stalled")));
    assertEquals(List.of("Test Bent"), names(o.getJsonArray("overdue")));
    assertEquals(1, o.getInt("notesWaiting"));
    assertEquals(5, o.getInt("oldestWaitDays"));
  }

  @Test
  void aUnitWithoutHiresHasZeroCountsAndNoRatesMediansOrWaits() {
    JsonObject o = object(admin, "/api/v1/dashboard/overview?unit=" + f.emptyUnit);

    assertEquals(0, o.getInt("activeHires"));
    assertEquals(0, o.getInt("completedInPeriod"));
    assertTrue(absent(o, "dueCompletionRate"));
    assertTrue(absent(o, "medianDaysToComplete"));
    assertTrue(absent(o, "oldestWaitDays"));
    assertEquals(0, object(admin, "/api/v1/dashboard/hires?unit=" + f.emptyUnit).getInt("total"));
  }

  @Test
  void danishDaysDecideDaysToCompleteThePeriodAndWhoHasStalled() {
    DashboardFixture edges = DashboardFixture.edges();
    JsonObject o = object(admin, "/api/v1/dashboard/overview?unit=" + edges.unit);

    assertEquals(2, o.getInt("activeHires"));
    assertEquals(2, o.getInt("completedInPeriod"));
    // Eva 0 days (completed before the unlock, never negative), Finn 5 Danish days (4 in UTC).
    assertEquals(2.5, o.getJsonNumber("medianDaysToComplete").doubleValue());
    assertEquals(1.0, o.getJsonNumber("dueCompletionRate").doubleValue());
    // Eva touched M2 13 Danish days ago (14 in UTC), Finn 14 days ago: 14 days make a stall.
    assertEquals(List.of("Kant Finn"), names(o.getJsonArray("stalled")));
    assertEquals(List.of(), names(o.getJsonArray("overdue")));
    assertEquals(1, o.getInt("notesWaiting"));
    assertEquals(3, o.getInt("oldestWaitDays"));
    // Finn's completion falls on the period's first Danish day (the day before in UTC).
    JsonObject from =
        object(admin, "/api/v1/dashboard/overview?unit=" + edges.unit + "&from=" + T.minusDays(15));
    assertEquals(2, from.getInt("completedInPeriod"));
    JsonObject m1 = module(array(admin, "/api/v1/dashboard/modules?unit=" + edges.unit), edges.m1);
    assertEquals(2, m1.getInt("completed"));
    assertEquals(2.5, m1.getJsonNumber("medianDaysToComplete").doubleValue());
    assertTrue(absent(m1, "averageScore"), "no attempt recorded a score");
  }

  @Test
  void mentorsCountActiveHiresOnlyAndAWaitingNoteForEachOfTheHiresMentors() {
    DashboardFixture edges = DashboardFixture.edges();
    JsonArray rows = array(admin, "/api/v1/dashboard/mentors?unit=" + edges.unit);

    assertEquals(List.of("Kant Vikar", "Kant Mentor"), names(rows));
    JsonObject substitute = rows.getJsonObject(0);
    assertEquals(0, substitute.getInt("primaryHires"));
    assertEquals(2, substitute.getInt("substituteHires"));
    assertEquals(1, substitute.getInt("notesWaiting"));
    assertTrue(absent(substitute, "medianAnswerHours"), "answered nothing");
    JsonObject primary = rows.getJsonObject(1);
    // Gry left: only Eva counts.
    assertEquals(1, primary.getInt("primaryHires"));
    assertEquals(1, primary.getInt("notesWaiting"));
    // 10 and 30 hours.
    assertEquals(20.0, primary.getJsonNumber("medianAnswerHours").doubleValue());
    assertEquals(0, primary.getInt("meetingsHeld"));
  }

  @Test
  void hiresArePagedNewestFirstWithTheirCountsPhaseAndNextMeeting() {
    JsonObject page = object(leader, "/api/v1/dashboard/hires?page=0&size=2");

    assertEquals(4, page.getInt("total"));
    JsonArray rows = page.getJsonArray("rows");
    assertEquals(List.of("Test Bent", "Test Anna"), names(rows));
    JsonObject bent = rows.getJsonObject(0);
    assertEquals(1, bent.getInt("unlocked"));
    assertEquals(0, bent.getInt("completed"));
    assertEquals(1, bent.getInt("overdue"));
    assertEquals("OPSTART", bent.getString("phase"));
    assertEquals("Test Mentor", bent.getString("primaryMentor"));
    JsonObject anna = rows.getJsonObject(1);
    assertEquals(3, anna.getInt("unlocked"));
    assertEquals(2, anna.getInt("completed"));
    assertEquals(2, anna.getInt("reflected"));
    assertEquals(0, anna.getInt("reviewed"));
    assertEquals("AFSLUTNING", anna.getString("phase"));
    assertFalse(absent(anna, "nextMeeting"));
    assertEquals(
        List.of("Test Cille", "Test Dorte"),
        names(object(leader, "/api/v1/dashboard/hires?page=1&size=2").getJsonArray("rows")));
  }

  /**
   * The dashboards read attempts folded per hire and module ({@code attempt_progress}, kept by
   * V13's triggers): Bent's figures follow his attempt as it starts, completes and is deleted.
   */
  @Test
  void theFoldedProgressFollowsAnAttemptAsItStartsCompletesAndGoes() throws SQLException {
    String bent = "(SELECT id FROM account WHERE username = 'test-bent')";
    String his = " WHERE learner_id = " + bent + " AND module_id = " + f.m1;
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement()) {
      s.executeUpdate(
          "INSERT INTO attempt (learner_id, module_id, version_id, number, started_at,"
              + " last_activity_at) SELECT "
              + bent
              + ", module_id, MAX(id), 1, NOW(6), NOW(6) FROM package_version WHERE module_id = "
              + f.m1);
      try {
        JsonObject started = bentsRow();
        assertEquals(0, started.getInt("completed"));
        assertFalse(absent(started, "lastActivity"));
        assertEquals(1, started.getInt("overdue"));
        s.executeUpdate("UPDATE attempt SET completed_at = NOW(6), score_scaled = 0.9" + his);
        JsonObject completed = bentsRow();
        assertEquals(1, completed.getInt("completed"));
        assertEquals(0, completed.getInt("overdue"));
      } finally {
        s.executeUpdate("DELETE FROM attempt" + his);
      }
      JsonObject gone = bentsRow();
      assertEquals(0, gone.getInt("completed"));
      assertTrue(absent(gone, "lastActivity"));
      assertEquals(1, gone.getInt("overdue"));
    }
  }

  /** Bent started last, so he is the first row of the first page. */
  private static JsonObject bentsRow() {
    JsonObject row =
        object(leader, "/api/v1/dashboard/hires?page=0&size=1")
            .getJsonArray("rows")
            .getJsonObject(0);
    assertEquals("Test Bent", row.getString("name"));
    return row;
  }

  @Test
  void modulesHaveCountsMedianAverageScoreOnlyWhereScoredAndTheShareOpenedEarly() {
    JsonArray rows = array(leader, "/api/v1/dashboard/modules");

    JsonObject first = module(rows, f.m1);
    assertEquals(3, first.getInt("unlocked"));
    assertEquals(2, first.getInt("completed"));
    assertEquals(3.5, first.getJsonNumber("medianDaysToComplete").doubleValue());
    assertEquals(0.7, first.getJsonNumber("averageScore").doubleValue());
    assertEquals(0.3333, first.getJsonNumber("openedEarly").doubleValue());
    JsonObject second = module(rows, f.m2);
    assertEquals(10.0, second.getJsonNumber("medianDaysToComplete").doubleValue());
    assertTrue(absent(second, "averageScore"), "a module without a score has no average");
    JsonObject third = module(rows, f.m3);
    assertEquals(0, third.getInt("completed"));
    assertTrue(absent(third, "medianDaysToComplete"));
  }

  private static JsonObject module(JsonArray rows, long id) {
    return rows.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("moduleId").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void mentorsShowTheirHiresWaitingNotesAnswerTimeAndMeetings() {
    JsonArray rows = array(leader, "/api/v1/dashboard/mentors");

    assertEquals(2, rows.size());
    JsonObject mentor = rows.getJsonObject(0);
    assertEquals("Test Mentor", mentor.getString("name"));
    assertEquals(2, mentor.getInt("primaryHires"));
    assertEquals(0, mentor.getInt("substituteHires"));
    assertEquals(1, mentor.getInt("notesWaiting"));
    assertEquals(6.0, mentor.getJsonNumber("medianAnswerHours").doubleValue());
    assertEquals(1, mentor.getInt("meetingsHeld"));
    JsonObject substitute = rows.getJsonObject(1);
    assertEquals(1, substitute.getInt("substituteHires"));
    assertEquals(1, substitute.getInt("notesWaiting"), "a waiting note counts for each mentor");
    assertTrue(absent(substitute, "medianAnswerHours"));
  }

  @Test
  void competencesCoverTheProgrammesTaggedModulesEachHireCompleted() {
    JsonObject competences = object(leader, "/api/v1/dashboard/competences");

    JsonObject anna =
        competences.getJsonArray("hires").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getString("name").equals("Test Anna"))
            .findFirst()
            .orElseThrow();
    JsonObject faglig = coverage(anna, "FAGLIG");
    assertEquals(2, faglig.getInt("completed"));
    assertEquals(2, faglig.getInt("planned"));
    assertEquals(1.0, faglig.getJsonNumber("share").doubleValue());
    assertEquals(0.0, coverage(anna, "PRAKTISK").getJsonNumber("share").doubleValue());
    assertTrue(absent(coverage(anna, "SOCIAL"), "share"));
    // The mean over the four hires: Anna 2/2, Bent 0/2, Cille 1/2 (she left), Dorte 0/2.
    JsonObject average = competences.getJsonObject("average");
    assertEquals(0.375, average.getJsonNumber("FAGLIG").doubleValue());
    assertEquals(0.0, average.getJsonNumber("PRAKTISK").doubleValue());
    assertTrue(absent(average, "SOCIAL"), "nobody has a social module planned");
  }

  @Test
  void competencesArePagedByNameWithTheTotal() {
    JsonObject first = object(leader, "/api/v1/dashboard/competences?page=0&size=2");

    assertEquals(4, first.getInt("total"));
    assertEquals(List.of("Test Anna", "Test Bent"), names(first.getJsonArray("hires")));
    JsonObject second = object(leader, "/api/v1/dashboard/competences?page=1&size=2");
    assertEquals(List.of("Test Cille", "Test Dorte"), names(second.getJsonArray("hires")));
    assertEquals(first.getJsonObject("average"), second.getJsonObject("average"));
    assertEquals(422, leader.get("/api/v1/dashboard/competences?size=0").status());
  }

  private static JsonObject coverage(JsonObject hire, String competence) {
    return hire.getJsonArray("coverage").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("competence").equals(competence))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void retentionCountsWhoStayedOneAndTwoYearsIncludingAHireWhoLeftTheJobAfterTheProgramme() {
    JsonArray rows = array(leader, "/api/v1/dashboard/retention");

    JsonObject total = rows.getJsonObject(rows.size() - 1);
    assertTrue(absent(total, "year"), "the total has no year");
    assertEquals(4, total.getInt("started"));
    assertEquals(2, total.getInt("left"));
    assertEquals(2, total.getInt("eligibleOneYear"));
    assertEquals(1, total.getInt("stayedOneYear"));
    assertEquals(0.5, total.getJsonNumber("oneYear").doubleValue());
    assertEquals(1, total.getInt("eligibleTwoYears"));
    assertEquals(0, total.getInt("stayedTwoYears"));
    assertEquals(0.0, total.getJsonNumber("twoYears").doubleValue());
  }

  @Test
  void theSameFiguresComeAsCsvForADanishExcel() {
    Api.Reply reply =
        leader.send(leader.request("/api/v1/dashboard/hires").header("Accept", "text/csv").GET());

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("text/csv"));
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    List<String> lines = reply.body().substring(1).lines().toList();
    assertTrue(
        lines.get(0).startsWith("Nyansat;Enhed;Forløb;Startdato;Status;Fase;"), lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(
        lines.get(1).startsWith("Test Bent;Testenhed Dashboard;Testforløb;" + T.minusDays(10)),
        lines.get(1));
  }

  @Test
  void aLeaderSeesNoHiresOfAnotherUnitInJsonOrCsv() {
    assertEquals(0, object(otherLeader, "/api/v1/dashboard/overview").getInt("activeHires"));
    assertEquals(0, object(otherLeader, "/api/v1/dashboard/hires").getInt("total"));
    assertEquals(403, otherLeader.get("/api/v1/dashboard/hires?unit=" + f.unit).status());
    assertEquals(
        403,
        otherLeader
            .send(
                otherLeader
                    .request("/api/v1/dashboard/hires?unit=" + f.unit)
                    .header("Accept", "text/csv")
                    .GET())
            .status());
    Api demoLeader = Api.withToken(TestAccounts.tokenFor("leder-bu"));
    assertEquals(403, demoLeader.get("/api/v1/dashboard/overview?unit=" + f.unit).status());
    assertFalse(demoLeader.get("/api/v1/dashboard/hires?size=500").body().contains("Test Anna"));
  }

  @Test
  void theDemoShowsEveryModuleFigureIncludingModulesMentorsOpenedEarly() {
    List<JsonObject> rows =
        array(Api.withToken(TestAccounts.tokenFor("leder-bu")), "/api/v1/dashboard/modules")
            .getValuesAs(JsonObject.class);
    assertTrue(rows.stream().anyMatch(r -> r.getInt("completed") > 0), "completions");
    assertTrue(rows.stream().anyMatch(r -> !absent(r, "medianDaysToComplete")), "medians");
    assertTrue(rows.stream().anyMatch(r -> !absent(r, "averageScore")), "scores");
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> !absent(r, "openedEarly") && r.getJsonNumber("openedEarly").doubleValue() > 0),
        "a module a mentor released before its rule: " + rows);
  }

  @Test
  void authorsSeeTheModuleFiguresOnlyAndHiresNothing() {
    Api author = Api.withToken("demo-forfatter-token");
    assertEquals(200, author.get("/api/v1/dashboard/modules").status());
    assertEquals(403, author.get("/api/v1/dashboard/hires").status());
    assertEquals(403, author.get("/api/v1/dashboard/overview").status());
    assertEquals(
        403,
        Api.withToken(TestAccounts.tokenFor("nyansat")).get("/api/v1/dashboard/overview").status());
  }

  @Test
  void badFiltersAreAClearError() {
    Api.Reply reply = leader.get("/api/v1/dashboard/overview?from=2026-13-01&unit=x");
    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.body().contains("\"code\""), reply.body());
    assertEquals(404, admin.get("/api/v1/dashboard/overview?unit=999999").status());
    assertEquals(422, leader.get("/api/v1/dashboard/hires?size=0").status());
  }

  @Test
  void aLeaderRecordsTheEndOfTheEmploymentAlsoAfterTheProgramme() {
    Api.Reply put =
        leader.put(
            "/api/v1/enrollments/" + f.cille + "/employment-end",
            "{\"endedOn\": \"" + T.minusDays(299) + "\", \"reason\": \"Flytning\"}");
    assertEquals(200, put.status(), put.body());
    assertEquals("Flytning", put.json().getString("reason"));
    assertEquals(
        403,
        otherLeader
            .put(
                "/api/v1/enrollments/" + f.cille + "/employment-end",
                "{\"endedOn\": \"" + T + "\"}")
            .status());
    assertEquals(
        422,
        leader
            .put(
                "/api/v1/enrollments/" + f.cille + "/employment-end",
                "{\"endedOn\": \"" + T.minusDays(500) + "\"}")
            .status());
  }
}
