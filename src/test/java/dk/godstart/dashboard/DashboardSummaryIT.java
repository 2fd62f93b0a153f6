package dk.godstart.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.GodstartServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V21 keeps on each unlock what the dashboards read of the hire's progress (attempt_progress) and
 * of the programme's plan: these columns follow the attempts, the plan and a new unlock, so that
 * the figures read from module_unlock alone stay those of the joins they replace.
 */
class DashboardSummaryIT {

  private static DashboardFixture f;

  @BeforeAll
  static void arrange() {
    f = DashboardFixture.get();
  }

  private static final String BENT = "(SELECT id FROM account WHERE username = 'test-bent')";

  /** Bent's unlock of M1: completed_at, last_activity_at, best_score, planned, plan_required. */
  private Object[] bentsUnlock(Statement s) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT completed_at, last_activity_at, best_score, planned, plan_required"
                + " FROM module_unlock WHERE enrollment_id = "
                + f.bent
                + " AND module_id = "
                + f.m1)) {
      assertTrue(r.next(), "Bent's unlock of M1");
      return new Object[] {
        r.getTimestamp(1), r.getTimestamp(2), r.getBigDecimal(3), r.getBoolean(4), r.getBoolean(5)
      };
    }
  }

  /** The same columns computed by the joins the dashboards made before V21. */
  private Object[] joined(Statement s) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT c.completed_at, c.last_activity_at, c.best_score, pm.id IS NOT NULL,"
                + " COALESCE(pm.required, FALSE) FROM module_unlock mu"
                + " JOIN enrollment e ON e.id = mu.enrollment_id"
                + " LEFT JOIN attempt_progress c ON c.learner_id = e.hire_id"
                + " AND c.module_id = mu.module_id"
                + " LEFT JOIN programme_module pm ON pm.programme_id = e.programme_id"
                + " AND pm.module_id = mu.module_id WHERE mu.enrollment_id = "
                + f.bent
                + " AND mu.module_id = "
                + f.m1)) {
      assertTrue(r.next());
      return new Object[] {
        r.getTimestamp(1), r.getTimestamp(2), r.getBigDecimal(3), r.getBoolean(4), r.getBoolean(5)
      };
    }
  }

  private void assertFollows(Statement s) throws SQLException {
    Object[] mine = bentsUnlock(s);
    Object[] theirs = joined(s);
    for (int i = 0; i < mine.length; i++) {
      assertEquals(theirs[i], mine[i], "column " + i);
    }
  }

  @Test
  void theUnlockFollowsAnAttemptAsItStartsCompletesAndGoes() throws SQLException {
    String his = " WHERE learner_id = " + BENT + " AND module_id = " + f.m1;
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement()) {
      assertNull(bentsUnlock(s)[0], "never opened");
      assertEquals(true, bentsUnlock(s)[3], "M1 is in the programme");
      s.executeUpdate(
          "INSERT INTO attempt (learner_id, module_id, version_id, number, started_at,"
              + " last_activity_at) SELECT "
              + BENT
              + ", module_id, MAX(id), 1, TIMESTAMP'2026-01-02 03:04:05', "
              + " TIMESTAMP'2026-01-02 03:04:05' FROM package_version WHERE module_id = "
              + f.m1);
      try {
        Object[] started = bentsUnlock(s);
        assertNull(started[0]);
        assertEquals(Timestamp.valueOf("2026-01-02 03:04:05"), started[1]);
        assertNull(started[2]);
        assertFollows(s);
        s.executeUpdate(
            "UPDATE attempt SET completed_at = TIMESTAMP'2026-01-03 04:05:06',"
                + " last_activity_at = TIMESTAMP'2026-01-03 04:05:06', score_scaled = 0.9"
                + his);
        Object[] completed = bentsUnlock(s);
        assertEquals(Timestamp.valueOf("2026-01-03 04:05:06"), completed[0]);
        assertEquals(Timestamp.valueOf("2026-01-03 04:05:06"), completed[1]);
        assertEquals(0, new BigDecimal("0.9").compareTo((BigDecimal) completed[2]));
        assertFollows(s);

        // A new unlock of a module the hire has progress in starts with that progress.
        s.execute(
            "CREATE TEMPORARY TABLE bent_m1 AS SELECT id, enrollment_id, module_id, unlocked_on,"
                + " due_on, reason, recorded_at, seen_at FROM module_unlock WHERE enrollment_id = "
                + f.bent
                + " AND module_id = "
                + f.m1);
        s.executeUpdate(
            "DELETE FROM module_unlock WHERE enrollment_id = "
                + f.bent
                + " AND module_id = "
                + f.m1);
        s.executeUpdate(
            "INSERT INTO module_unlock (id, enrollment_id, module_id, unlocked_on, due_on, reason,"
                + " recorded_at, seen_at) SELECT * FROM bent_m1");
        s.execute("DROP TEMPORARY TABLE bent_m1");
        assertNotNull(bentsUnlock(s)[0], "the new unlock holds the completion");
        assertEquals(true, bentsUnlock(s)[4], "and the plan's required flag");
        assertFollows(s);
      } finally {
        s.executeUpdate("DELETE FROM attempt" + his);
      }
      Object[] gone = bentsUnlock(s);
      assertNull(gone[0]);
      assertNull(gone[1]);
      assertNull(gone[2]);
      assertFollows(s);
    }
  }

  @Test
  void theUnlockFollowsThePlan() throws SQLException {
    String entry = " WHERE programme_id = " + f.programme + " AND module_id = " + f.m1;
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement()) {
      assertEquals(true, bentsUnlock(s)[4], "M1 is required");
      s.executeUpdate("UPDATE programme_module SET required = FALSE" + entry);
      try {
        assertEquals(false, bentsUnlock(s)[4]);
        assertEquals(true, bentsUnlock(s)[3]);
        assertFollows(s);
      } finally {
        s.executeUpdate("UPDATE programme_module SET required = TRUE" + entry);
      }
      assertEquals(true, bentsUnlock(s)[4]);
      assertFollows(s);
    }
  }
}
