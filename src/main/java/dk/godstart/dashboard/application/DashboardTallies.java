package dk.godstart.dashboard.application;

import dk.godstart.dashboard.application.DanishDays.Shift;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The dashboards' tallies (V23): the figures of the overview, modules and competences views kept
 * pre-counted by triggers as unlocks change. The triggers find the Danish day of a stored time in
 * the table {@code danish_time_shift}, which this class writes from Java's zone rules ({@link
 * DanishDays#shifts}) at start-up, after the schema's migration. When it writes other rows than
 * were there (the first start, another JVM zone, new zone rules), the days counted so far may be
 * wrong, and the tallies are counted again from the unlocks, in the same transaction.
 */
@ApplicationScoped
public class DashboardTallies {

  private static final Logger LOG = Logger.getLogger(DashboardTallies.class.getName());

  /** The shifts are written up to here: stored times do not reach it. */
  private static final LocalDate HORIZON = LocalDate.of(2100, 1, 1);

  @Resource(lookup = "java:app/jdbc/godstart")
  DataSource dataSource;

  /** Writes the Danish time shifts of the JVM's zone and recounts the tallies if they changed. */
  public void prepare() {
    List<Shift> shifts =
        DanishDays.shifts(ZoneId.systemDefault(), HORIZON.atStartOfDay(ZoneOffset.UTC).toInstant());
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!shifts.equals(stored(connection))) {
          long started = System.nanoTime();
          write(connection, shifts);
          recount(connection);
          LOG.info(
              "Dashboard tallies counted again for the zone "
                  + ZoneId.systemDefault()
                  + " in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The dashboard tallies could not be prepared", e);
    }
  }

  private static List<Shift> stored(Connection connection) throws SQLException {
    List<Shift> shifts = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT stored_from, seconds FROM danish_time_shift ORDER BY stored_from"
                    + " FOR UPDATE")) {
      while (rows.next()) {
        shifts.add(new Shift(rows.getObject(1, LocalDateTime.class), rows.getInt(2)));
      }
    }
    return shifts;
  }

  private static void write(Connection connection, List<Shift> shifts) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM danish_time_shift");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO danish_time_shift (stored_from, seconds) VALUES (?, ?)")) {
      for (Shift shift : shifts) {
        insert.setObject(1, shift.storedFrom());
        insert.setInt(2, shift.seconds());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The tallies counted from the unlocks as the triggers of V23 count them, one by one. */
  private static void recount(Connection connection) throws SQLException {
    // Each unlock with its enrolment's unit and programme and the Danish day of its completion,
    // looked up once per unlock (12 us each: 2 s for the 160,000 of the bench data), in a table
    // of this connection's own that both tallies read.
    String unlocks = "tally_unlocks u";
    String days = "GREATEST(0, DATEDIFF(u.completed_on, u.unlocked_on))";
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DROP TEMPORARY TABLE IF EXISTS tally_unlocks");
      statement.executeUpdate(
          "CREATE TEMPORARY TABLE tally_unlocks AS SELECT e.org_unit_id, e.programme_id,"
              + " mu.module_id, mu.unlocked_on, mu.completed_at,"
              + " danish_day(mu.completed_at) AS completed_on, mu.best_score,"
              + " mu.by_release AND NOT mu.plan_by_release AS early"
              + " FROM module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id");
      statement.executeUpdate("DELETE FROM completion_tally");
      statement.executeUpdate("DELETE FROM module_tally");
      statement.executeUpdate("DELETE FROM competence_tally");
      statement.executeUpdate(
          "INSERT INTO completion_tally (org_unit_id, programme_id, month, days, completed)"
              + " SELECT u.org_unit_id, u.programme_id, EXTRACT(YEAR_MONTH FROM u.completed_on), "
              + days
              + ", COUNT(*) FROM "
              + unlocks
              + " WHERE u.completed_at IS NOT NULL GROUP BY 1, 2, 3, 4");
      statement.executeUpdate(
          "INSERT INTO module_tally (org_unit_id, programme_id, module_id, days, unlocked,"
              + " opened_early, score_sum, scored)"
              + " SELECT u.org_unit_id, u.programme_id, u.module_id,"
              + " IF(u.completed_at IS NULL, -1, "
              + days
              + "), COUNT(*), SUM(u.early),"
              + " COALESCE(SUM(IF(u.completed_at IS NULL, NULL, u.best_score)), 0),"
              + " COUNT(IF(u.completed_at IS NULL, NULL, u.best_score)) FROM "
              + unlocks
              + " GROUP BY 1, 2, 3, 4");
      statement.executeUpdate(
          "INSERT INTO competence_tally (enrollment_id, competence, completed)"
              + " SELECT mu.enrollment_id, mc.competence, COUNT(*) FROM module_unlock mu"
              + " JOIN module_competence mc ON mc.module_id = mu.module_id"
              + " WHERE mu.planned AND mu.completed_at IS NOT NULL GROUP BY 1, 2");
      statement.executeUpdate("DROP TEMPORARY TABLE tally_unlocks");
    }
  }
}
