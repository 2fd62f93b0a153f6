package dk.godstart.dashboard;

import static dk.godstart.dashboard.DashboardFixture.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.godstart.dashboard.domain.Median;
import dk.godstart.kernel.DanishTime;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.GodstartServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V23's tallies: the triggers keep them equal to a count of the unlocks as they are, through
 * completions, scores, releases, new and deleted unlocks and an author's tags; the Danish day they
 * count by is Java's; and the overview and modules views, which read the tallies for whole months
 * and walk the rest, give the figures of their definitions for periods that cut months in parts.
 */
class DashboardTalliesIT {

  private static DashboardFixture f;
  private static Api admin;

  @BeforeAll
  static void arrange() {
    f = DashboardFixture.get();
    DashboardFixture.edges();
    admin = Api.withToken("demo-admin-token");
  }

  /**
   * Each tally against a count of the unlocks, row by row: the rows where the two differ (tally
   * rows holding 0 count as absent).
   */
  private static final List<String> DIFFERENCES =
      List.of(
          "SELECT org_unit_id, programme_id, month, days, SUM(n) FROM (SELECT org_unit_id,"
              + " programme_id, month, days, completed AS n FROM completion_tally UNION ALL"
              + " SELECT e.org_unit_id, e.programme_id,"
              + " EXTRACT(YEAR_MONTH FROM danish_day(mu.completed_at)),"
              + " GREATEST(0, DATEDIFF(danish_day(mu.completed_at), mu.unlocked_on)), -COUNT(*)"
              + " FROM module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id"
              + " WHERE mu.completed_at IS NOT NULL GROUP BY 1, 2, 3, 4) x"
              + " GROUP BY 1, 2, 3, 4 HAVING SUM(n) <> 0",
          "SELECT org_unit_id, programme_id, module_id, days FROM (SELECT org_unit_id,"
              + " programme_id, module_id, days, unlocked AS u, opened_early AS o, score_sum AS s,"
              + " scored AS c FROM module_tally UNION ALL SELECT e.org_unit_id, e.programme_id,"
              + " mu.module_id, IF(mu.completed_at IS NULL, -1, GREATEST(0,"
              + " DATEDIFF(danish_day(mu.completed_at), mu.unlocked_on))), -COUNT(*),"
              + " -SUM(mu.by_release AND NOT mu.plan_by_release),"
              + " -COALESCE(SUM(IF(mu.completed_at IS NULL, NULL, mu.best_score)), 0),"
              + " -COUNT(IF(mu.completed_at IS NULL, NULL, mu.best_score))"
              + " FROM module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id"
              + " GROUP BY 1, 2, 3, 4) x GROUP BY 1, 2, 3, 4"
              + " HAVING SUM(u) <> 0 OR SUM(o) <> 0 OR SUM(s) <> 0 OR SUM(c) <> 0",
          "SELECT enrollment_id, competence, SUM(n) FROM (SELECT enrollment_id, competence,"
              + " completed AS n FROM competence_tally UNION ALL SELECT mu.enrollment_id,"
              + " mc.competence, -COUNT(*) FROM module_unlock mu"
              + " JOIN module_competence mc ON mc.module_id = mu.module_id"
              + " WHERE mu.planned AND mu.completed_at IS NOT NULL GROUP BY 1, 2) x"
              + " GROUP BY 1, 2 HAVING SUM(n) <> 0");

  private static void assertTalliesCount(Statement s, String after) throws SQLException {
    for (String sql : DIFFERENCES) {
      try (ResultSet r = s.executeQuery(sql)) {
        if (r.next()) {
          fail(after + ": a tally differs from the unlocks at " + row(r));
        }
      }
    }
  }

  private static String row(ResultSet r) throws SQLException {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
      values.add(r.getString(i));
    }
    return String.join(", ", values);
  }

  private static long bentsCompleted(Statement s, String competence) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT COALESCE(SUM(completed), 0) FROM competence_tally WHERE enrollment_id = "
                + f.bent
                + " AND competence = '"
                + competence
                + "'")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void theTalliesFollowCompletionsScoresReleasesUnlocksAndTags() throws SQLException {
    String bent = "(SELECT hire_id FROM enrollment WHERE id = " + f.bent + ")";
    String his = " WHERE learner_id = " + bent + " AND module_id = " + f.m1;
    String unlock = " WHERE enrollment_id = " + f.bent + " AND module_id = " + f.m1;
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement()) {
      assertTalliesCount(s, "as made");
      String competence;
      try (ResultSet r =
          s.executeQuery(
              "SELECT MIN(competence) FROM module_competence WHERE module_id = " + f.m1)) {
        r.next();
        competence = r.getString(1);
      }
      long before = bentsCompleted(s, competence);
      String reason;
      try (ResultSet r = s.executeQuery("SELECT reason FROM module_unlock" + unlock)) {
        r.next();
        reason = r.getString(1);
      }
      s.executeUpdate(
          "INSERT INTO attempt (learner_id, module_id, version_id, number, started_at,"
              + " last_activity_at, completed_at, score_scaled) SELECT "
              + bent
              + ", module_id, MAX(id), 1, TIMESTAMP'2026-03-28 22:00:00',"
              + " TIMESTAMP'2026-03-28 23:30:00', TIMESTAMP'2026-03-28 23:30:00', 0.5"
              + " FROM package_version WHERE module_id = "
              + f.m1);
      try {
        assertTalliesCount(s, "a completion");
        assertEquals(before + 1, bentsCompleted(s, competence), "Bent completed a planned M1");
        s.executeUpdate("UPDATE attempt SET score_scaled = 0.75" + his);
        assertTalliesCount(s, "a new score");
        s.executeUpdate("UPDATE module_unlock SET reason = '{\"kind\":\"RELEASE\"}'" + unlock);
        assertTalliesCount(s, "a release by a mentor");
        s.executeUpdate(
            "DELETE FROM module_competence WHERE module_id = "
                + f.m1
                + " AND competence = '"
                + competence
                + "'");
        assertTalliesCount(s, "a tag taken off");
        assertEquals(before, bentsCompleted(s, competence));
        s.executeUpdate(
            "INSERT INTO module_competence (module_id, competence) VALUES ("
                + f.m1
                + ", '"
                + competence
                + "')");
        assertTalliesCount(s, "a tag put on");
        assertEquals(before + 1, bentsCompleted(s, competence));
        s.execute(
            "CREATE TEMPORARY TABLE bent_m1 AS SELECT id, enrollment_id, module_id, unlocked_on,"
                + " due_on, reason, recorded_at, seen_at FROM module_unlock"
                + unlock);
        s.executeUpdate("DELETE FROM module_unlock" + unlock);
        assertTalliesCount(s, "an unlock deleted");
        s.executeUpdate(
            "INSERT INTO module_unlock (id, enrollment_id, module_id, unlocked_on, due_on, reason,"
                + " recorded_at, seen_at) SELECT * FROM bent_m1");
        s.execute("DROP TEMPORARY TABLE bent_m1");
        assertTalliesCount(s, "an unlock made again");
      } finally {
        s.executeUpdate("DELETE FROM attempt" + his);
        try (PreparedStatement back =
            db.prepareStatement("UPDATE module_unlock SET reason = ?" + unlock)) {
          back.setString(1, reason);
          back.executeUpdate();
        }
      }
      assertTalliesCount(s, "the attempt gone");
      assertEquals(before, bentsCompleted(s, competence));
    }
  }

  @Test
  void anEnrolmentKeepsItsUnitAndProgrammeAndIsDeletedAfterItsUnlocksOnly() throws SQLException {
    DashboardFixture edges = DashboardFixture.edges();
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement()) {
      SQLException moved =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "UPDATE enrollment SET org_unit_id = "
                          + f.unit
                          + " WHERE id = "
                          + edges.bent));
      assertTrue(moved.getMessage().contains("keeps its unit and programme"), moved.getMessage());
      // A throwaway enrolment of Eva's with a completed unlock, deleted again.
      s.executeUpdate(
          "INSERT INTO enrollment (hire_id, org_unit_id, programme_id, start_date, status,"
              + " created_at) SELECT hire_id, org_unit_id, programme_id, start_date, 'LEFT',"
              + " NOW(6) FROM enrollment WHERE id = "
              + edges.anna,
          Statement.RETURN_GENERATED_KEYS);
      long throwaway;
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        throwaway = keys.getLong(1);
      }
      s.executeUpdate(
          "INSERT INTO module_unlock (enrollment_id, module_id, unlocked_on, due_on, reason,"
              + " recorded_at, seen_at) SELECT "
              + throwaway
              + ", module_id, unlocked_on, due_on, reason, recorded_at, seen_at FROM module_unlock"
              + " WHERE enrollment_id = "
              + edges.anna
              + " AND module_id = "
              + edges.m1);
      try (ResultSet r =
          s.executeQuery(
              "SELECT completed_at IS NOT NULL FROM module_unlock WHERE enrollment_id = "
                  + throwaway)) {
        assertTrue(r.next() && r.getBoolean(1), "Eva's completion of M1 counts on the new unlock");
      }
      assertTalliesCount(s, "an enrolment with a completed unlock");
      String delete = "DELETE FROM enrollment WHERE id = " + throwaway;
      assertThrows(SQLException.class, () -> s.executeUpdate(delete), "its unlocks first");
      s.executeUpdate("DELETE FROM module_unlock WHERE enrollment_id = " + throwaway);
      s.executeUpdate(delete);
      assertTalliesCount(s, "the enrolment deleted");
    }
  }

  @Test
  void aHireCountsInPeriodsThatEndAfterTheirStartOnly() {
    DashboardFixture edges = DashboardFixture.edges();
    String unit = "?unit=" + edges.unit;
    String untilHugoStarts = unit + "&to=" + T.plusDays(40);
    // Hugo's completion (40 days ago) lies in a month the tally counts whole, and is taken away
    // again until his start; from then on it counts.
    JsonObject now = admin.get("/api/v1/dashboard/overview" + unit).json();
    assertEquals(2, now.getInt("completedInPeriod"));
    assertEquals(2.5, now.getJsonNumber("medianDaysToComplete").doubleValue());
    JsonObject later = admin.get("/api/v1/dashboard/overview" + untilHugoStarts).json();
    assertEquals(3, later.getInt("completedInPeriod"));
    assertEquals(5.0, later.getJsonNumber("medianDaysToComplete").doubleValue());
    JsonObject m1 = module(admin.get("/api/v1/dashboard/modules" + unit), edges.m1);
    assertEquals(2, m1.getInt("unlocked"));
    assertEquals(2, m1.getInt("completed"));
    JsonObject m1Later = module(admin.get("/api/v1/dashboard/modules" + untilHugoStarts), edges.m1);
    assertEquals(3, m1Later.getInt("unlocked"));
    assertEquals(3, m1Later.getInt("completed"));
    assertEquals(5.0, m1Later.getJsonNumber("medianDaysToComplete").doubleValue());
  }

  private static JsonObject module(Api.Reply reply, long id) {
    assertEquals(200, reply.status(), reply.body());
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("moduleId").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theTriggersDanishDayIsJavas() throws SQLException {
    ZoneId stored = ZoneId.systemDefault();
    List<Instant> instants = new ArrayList<>();
    // Around midnight and both changes of summer time, in three years.
    for (int year : List.of(2024, 2026, 2031)) {
      for (String at :
          List.of("-03-30T21:59:59Z", "-03-30T22:00:00Z", "-10-25T22:59:59Z", "-10-25T23:00:00Z")) {
        instants.add(Instant.parse(year + at));
      }
      for (LocalDateTime danish :
          List.of(
              LocalDateTime.of(year, 3, 31, 0, 30),
              LocalDateTime.of(year, 3, 30, 23, 59),
              LocalDateTime.of(year, 10, 27, 0, 0),
              LocalDateTime.of(year, 12, 31, 23, 59, 59))) {
        instants.add(danish.atZone(DanishTime.ZONE).toInstant());
      }
    }
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement day = db.prepareStatement("SELECT danish_day(?)")) {
      for (Instant instant : instants) {
        day.setObject(1, LocalDateTime.ofInstant(instant, stored));
        try (ResultSet r = day.executeQuery()) {
          r.next();
          assertEquals(
              DanishTime.day(instant),
              r.getObject(1, LocalDate.class),
              "the Danish day of " + instant);
        }
      }
    }
  }

  /** An unlock as the definitions read it. */
  private record Unlock(
      long unit,
      long module,
      LocalDate start,
      LocalDate ended,
      LocalDate unlocked,
      LocalDate completed,
      BigDecimal score) {}

  private static List<Unlock> unlocks() throws SQLException {
    List<Unlock> unlocks = new ArrayList<>();
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT e.org_unit_id, mu.module_id, e.start_date, e.ended_on, mu.unlocked_on,"
                    + " mu.completed_at, mu.best_score FROM module_unlock mu"
                    + " JOIN enrollment e ON e.id = mu.enrollment_id")) {
      while (r.next()) {
        LocalDateTime completed = r.getObject(6, LocalDateTime.class);
        unlocks.add(
            new Unlock(
                r.getLong(1),
                r.getLong(2),
                r.getObject(3, LocalDate.class),
                r.getObject(4, LocalDate.class),
                r.getObject(5, LocalDate.class),
                completed == null
                    ? null
                    : DanishTime.day(completed.atZone(ZoneId.systemDefault()).toInstant()),
                r.getBigDecimal(7)));
      }
    }
    return unlocks;
  }

  private static long days(Unlock u) {
    return Math.max(0, ChronoUnit.DAYS.between(u.unlocked(), u.completed()));
  }

  @Test
  void theOverviewCountsThePeriodsCompletionsWhereverItCutsMonths() throws SQLException {
    List<Unlock> unlocks = unlocks();
    List<LocalDate[]> periods = new ArrayList<>();
    periods.add(new LocalDate[] {null, T});
    periods.add(new LocalDate[] {T.minusDays(400), T.minusDays(35)});
    periods.add(new LocalDate[] {null, T.minusDays(200)});
    periods.add(new LocalDate[] {T.minusDays(20), T.minusDays(3)});
    periods.add(
        new LocalDate[] {T.minusMonths(14).withDayOfMonth(1), T.withDayOfMonth(1).minusDays(1)});
    for (LocalDate[] p : periods) {
      Map<Long, Long> days = new HashMap<>();
      TreeMap<String, Long> months = new TreeMap<>();
      long completed = 0;
      for (Unlock u : unlocks) {
        if (u.completed() != null
            && !u.start().isAfter(p[1])
            && (p[0] == null || !u.completed().isBefore(p[0]))
            && !u.completed().isAfter(p[1])) {
          completed++;
          days.merge(days(u), 1L, Long::sum);
          months.merge(u.completed().toString().substring(0, 7), 1L, Long::sum);
        }
      }
      JsonObject o =
          admin
              .get("/api/v1/dashboard/overview?to=" + p[1] + (p[0] == null ? "" : "&from=" + p[0]))
              .json();
      String period = (p[0] == null ? "" : p[0]) + ".." + p[1];
      assertEquals(completed, o.getJsonNumber("completedInPeriod").longValue(), period);
      Double median = Median.ofCounts(days);
      if (median == null) {
        assertTrue(!o.containsKey("medianDaysToComplete") || o.isNull("medianDaysToComplete"));
      } else {
        assertEquals(median, o.getJsonNumber("medianDaysToComplete").doubleValue(), period);
      }
      Map<String, Long> shown = new TreeMap<>();
      o.getJsonArray("completedByMonth").getValuesAs(JsonObject.class).stream()
          .filter(m -> m.getJsonNumber("completed").longValue() > 0)
          .forEach(m -> shown.put(m.getString("month"), m.getJsonNumber("completed").longValue()));
      // The chart shows the period's months (its last 36 at most), each as the definition.
      shown.forEach((month, n) -> assertEquals(months.get(month), n, period + " " + month));
      if (p[0] != null) {
        assertEquals(months, shown, period);
      }
    }
    assertNotEquals(0, unlocks.size());
  }

  @Test
  void theModulesCountTheHiresOfThePeriodWhoeverStartedAfterOrLeftBefore() throws SQLException {
    List<Unlock> unlocks = unlocks();
    LocalDate from = T.minusDays(250);
    LocalDate to = T.minusDays(60);
    Map<Long, long[]> expected = new HashMap<>(); // unlocked, completed
    Map<Long, Map<Long, Long>> days = new HashMap<>();
    for (Unlock u : unlocks) {
      if (!u.start().isAfter(to) && (u.ended() == null || !u.ended().isBefore(from))) {
        long[] counts = expected.computeIfAbsent(u.module(), m -> new long[2]);
        counts[0]++;
        if (u.completed() != null) {
          counts[1]++;
          days.computeIfAbsent(u.module(), m -> new HashMap<>()).merge(days(u), 1L, Long::sum);
        }
      }
    }
    List<JsonObject> rows =
        admin
            .get("/api/v1/dashboard/modules?from=" + from + "&to=" + to)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    for (JsonObject row : rows) {
      long module = row.getJsonNumber("moduleId").longValue();
      long[] counts = expected.getOrDefault(module, new long[2]);
      assertEquals(counts[0], row.getJsonNumber("unlocked").longValue(), "unlocked " + module);
      assertEquals(counts[1], row.getJsonNumber("completed").longValue(), "completed " + module);
      Double median = Median.ofCounts(days.getOrDefault(module, Map.of()));
      if (median != null) {
        assertEquals(median, row.getJsonNumber("medianDaysToComplete").doubleValue());
      }
    }
    assertTrue(
        rows.stream()
            .map(r -> r.getJsonNumber("moduleId").longValue())
            .toList()
            .containsAll(expected.keySet()),
        "every module these hires unlocked is a row");
  }
}
