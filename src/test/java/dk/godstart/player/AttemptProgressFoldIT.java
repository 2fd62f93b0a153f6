package dk.godstart.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.GodstartServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code attempt_progress} is the fold of each learner's attempts at a module (V13), kept by
 * triggers; V20's update trigger takes a short cut when a commit only moves the last activity
 * forward, and since V22 that short cut moves the kept last activity only once it is 10 minutes or
 * more behind. After each other kind of change to an attempt the kept row equals the fold computed
 * afresh.
 */
class AttemptProgressFoldIT {

  private static final String FOLD =
      "SELECT MIN(completed_at), MAX(last_activity_at),"
          + " MAX(CASE WHEN completed_at IS NOT NULL THEN score_scaled END) FROM attempt";

  private static final String KEPT =
      "SELECT completed_at, last_activity_at, best_score FROM attempt_progress";

  @Test
  void theKeptRowIsTheFoldAfterEveryKindOfChange() throws SQLException {
    try (Connection db = GodstartServer.shared().database();
        Statement s = db.createStatement()) {
      String learner = "(SELECT id FROM account WHERE username = 'nyansat')";
      long module;
      try (ResultSet row =
          s.executeQuery("SELECT module_id FROM package_version ORDER BY id LIMIT 1")) {
        assertTrue(row.next());
        module = row.getLong(1);
      }
      String pair = " WHERE learner_id = " + learner + " AND module_id = " + module;
      String mine = pair + " AND number = 9001";
      s.executeUpdate(
          "INSERT INTO attempt (learner_id, module_id, version_id, number, started_at,"
              + " last_activity_at) SELECT "
              + learner
              + ", module_id, MAX(id), 9001, '2026-01-01 10:00:00', '2026-01-01 10:00:00'"
              + " FROM package_version WHERE module_id = "
              + module);
      try {
        assertKeptIsFold(s, pair, "started");
        s.executeUpdate(
            "UPDATE attempt SET last_activity_at = '2030-01-01 10:00:00', last_sequence = 5"
                + mine);
        assertKeptIsFold(s, pair, "a commit: activity forward");
        assertEquals("2030-01-01 10:00:00", lastActivity(s, pair));
        s.executeUpdate("UPDATE attempt SET last_activity_at = '2030-01-01 10:09:59'" + mine);
        assertEquals(
            "2030-01-01 10:00:00",
            lastActivity(s, pair),
            "a commit less than 10 minutes later leaves the kept activity (V22)");
        s.executeUpdate("UPDATE attempt SET last_activity_at = '2030-01-01 10:10:00'" + mine);
        assertKeptIsFold(s, pair, "a commit 10 minutes later");
        assertEquals("2030-01-01 10:10:00", lastActivity(s, pair));
        s.executeUpdate("UPDATE attempt SET last_sequence = 6" + mine);
        assertKeptIsFold(s, pair, "nothing folded changes");
        s.executeUpdate("UPDATE attempt SET score_scaled = 0.4" + mine);
        assertKeptIsFold(s, pair, "score of an attempt not completed");
        s.executeUpdate("UPDATE attempt SET last_activity_at = '2026-01-02 10:00:00'" + mine);
        assertKeptIsFold(s, pair, "activity back");
        s.executeUpdate(
            "UPDATE attempt SET completed_at = '2030-01-02 10:00:00',"
                + " last_activity_at = '2030-01-02 10:00:00', score_scaled = 0.9"
                + mine);
        assertKeptIsFold(s, pair, "completed");
        s.executeUpdate("UPDATE attempt SET last_activity_at = '2030-01-03 10:00:00'" + mine);
        assertKeptIsFold(s, pair, "completed, activity forward");
        s.executeUpdate("UPDATE attempt SET score_scaled = 0.2" + mine);
        assertKeptIsFold(s, pair, "score of a completed attempt");
      } finally {
        s.executeUpdate("DELETE FROM attempt" + mine);
      }
      assertKeptIsFold(s, pair, "deleted");
    }
  }

  private static void assertKeptIsFold(Statement s, String pair, String after) throws SQLException {
    assertEquals(row(s, FOLD + pair), row(s, KEPT + pair), after);
  }

  /** The kept last activity, to the second: the short cut did move it. */
  private static String lastActivity(Statement s, String pair) throws SQLException {
    return row(s, KEPT + pair).get(1).replaceAll("\\.0+$", "");
  }

  private static List<String> row(Statement s, String sql) throws SQLException {
    try (ResultSet row = s.executeQuery(sql)) {
      assertTrue(row.next(), sql);
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        values.add(row.getString(i));
      }
      return values;
    }
  }
}
