package dk.godstart.player.infrastructure;

import dk.godstart.player.domain.AttemptProgress;
import dk.godstart.player.domain.ScoProgress;
import dk.godstart.player.domain.ScoResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The player's commit path in SQL, without entities: a commit costs one row lock (which also reads
 * the SCOs' progress), one upsert of the SCO's row and one update of the attempt, in a short
 * transaction of its own on one pooled connection, outside any container (JTA) transaction.
 */
@ApplicationScoped
public class AttemptRows {

  /** What never changes about an attempt: whose it is, and which module and version. */
  public record Owner(
      long attemptId, long learnerId, String username, long moduleId, long versionId) {}

  /** What a commit changed, and when. */
  public record Stored(AttemptProgress.Step step, Instant at) {}

  @Resource(lookup = "java:app/jdbc/godstart")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The attempt's owner, module and version, read without a lock; empty when there is none. */
  public Optional<Owner> owner(long attemptId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT a.learner_id, u.username, a.module_id, a.version_id FROM attempt a"
                    + " JOIN account u ON u.id = a.learner_id WHERE a.id = ?")) {
      query.setLong(1, attemptId);
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Owner(
                    attemptId, row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading attempt " + attemptId, e);
    }
  }

  /**
   * Stores a commit in a transaction of its own, committed before this returns: locks the attempt's
   * row (and its SCOs' rows) and reads where the learner stands, lets {@code step} decide what the
   * commit changes (it may refuse it by throwing: nothing is stored then), and stores that: the
   * SCO's row, inserted or updated, and the attempt's row, at the clock's time once the lock is
   * held. Empty when the attempt does not exist (any more).
   *
   * <p>Not in a container transaction: a commit is one connection's work, and the container's
   * transaction machinery around it (begin, enlisting the connection, synchronisations, commit,
   * giving the connection back) cost about a third of Payara's time per commit. The caller must not
   * be in one either (the connection would be enlisted in it, and committing it here would commit
   * the caller's work half done).
   */
  public Optional<Stored> commit(
      long attemptId,
      Function<AttemptProgress, AttemptProgress.Step> step,
      String sco,
      String cmiJson,
      long sequence,
      Clock clock) {
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException("a commit runs in a transaction of its own");
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Optional<Stored> stored =
            commit(connection, attemptId, step, sco, cmiJson, sequence, clock);
        connection.commit();
        return stored;
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("storing a commit of attempt " + attemptId, e);
    }
  }

  private static Optional<Stored> commit(
      Connection connection,
      long attemptId,
      Function<AttemptProgress, AttemptProgress.Step> step,
      String sco,
      String cmiJson,
      long sequence,
      Clock clock)
      throws SQLException {
    Optional<AttemptProgress> progress = lock(connection, attemptId);
    if (progress.isEmpty()) {
      return Optional.empty();
    }
    AttemptProgress.Step decided = step.apply(progress.get());
    Instant now = clock.instant();
    store(connection, attemptId, sco, cmiJson, decided, sequence, now);
    return Optional.of(new Stored(decided, now));
  }

  /**
   * Locks the attempt's row (and its SCOs' rows) for this transaction and reads where the learner
   * stands: one statement. Empty when the attempt does not exist (any more).
   */
  private static Optional<AttemptProgress> lock(Connection connection, long attemptId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT a.last_sequence, a.completed_at IS NOT NULL, a.total_time_ms, s.sco,"
                + " s.completion, s.success, s.score_raw, s.score_scaled, s.suspended,"
                + " s.sessions, s.total_time_ms, s.cmi_json IS NOT NULL, a.last_sco,"
                + " a.sealed_at IS NOT NULL"
                + " FROM attempt a LEFT JOIN sco_state s ON s.attempt_id = a.id"
                + " WHERE a.id = ? FOR UPDATE")) {
      query.setLong(1, attemptId);
      long lastSequence = 0;
      boolean completed = false;
      boolean sealed = false;
      String lastSco = null;
      long totalTimeMs = 0;
      Map<String, ScoProgress> scos = new HashMap<>();
      boolean found = false;
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          found = true;
          lastSequence = row.getLong(1);
          completed = row.getBoolean(2);
          totalTimeMs = row.getLong(3);
          lastSco = row.getString(13);
          sealed = row.getBoolean(14);
          String sco = row.getString(4);
          if (sco != null) {
            scos.put(
                sco,
                new ScoProgress(
                    new ScoResult(
                        ScoResult.Completion.valueOf(row.getString(5)),
                        ScoResult.Success.valueOf(row.getString(6)),
                        row.getBigDecimal(7),
                        row.getBigDecimal(8)),
                    row.getBoolean(9),
                    row.getInt(10),
                    row.getLong(11),
                    row.getBoolean(12)));
          }
        }
      }
      return found
          ? Optional.of(
              new AttemptProgress(lastSequence, lastSco, completed, sealed, totalTimeMs, scos))
          : Optional.empty();
    }
  }

  private static void store(
      Connection connection,
      long attemptId,
      String sco,
      String cmiJson,
      AttemptProgress.Step step,
      long sequence,
      Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    ScoProgress progress = step.sco();
    try (PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO sco_state (attempt_id, sco, cmi_json, completion, success, score_raw,"
                    + " score_scaled, suspended, sessions, total_time_ms, last_activity_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                    + " cmi_json = VALUES(cmi_json), completion = VALUES(completion),"
                    + " success = VALUES(success), score_raw = VALUES(score_raw),"
                    + " score_scaled = VALUES(score_scaled), suspended = VALUES(suspended),"
                    + " sessions = VALUES(sessions), total_time_ms = VALUES(total_time_ms),"
                    + " last_activity_at = VALUES(last_activity_at)");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE attempt SET last_sequence = ?, last_sco = ?, last_activity_at = ?,"
                    + " total_time_ms = ?, score_scaled = ?,"
                    + " completed_at = CASE WHEN ? THEN ? ELSE completed_at END,"
                    + " sealed_at = CASE WHEN ? THEN ? ELSE sealed_at END WHERE id = ?")) {
      upsert.setLong(1, attemptId);
      upsert.setString(2, sco);
      upsert.setString(3, cmiJson);
      upsert.setString(4, progress.result().completion().name());
      upsert.setString(5, progress.result().success().name());
      decimal(upsert, 6, progress.result().scoreRaw());
      decimal(upsert, 7, progress.result().scoreScaled());
      upsert.setBoolean(8, progress.suspended());
      upsert.setInt(9, progress.sessions());
      upsert.setLong(10, progress.totalTimeMs());
      upsert.setTimestamp(11, at);
      upsert.executeUpdate();

      update.setLong(1, sequence);
      update.setString(2, sco);
      update.setTimestamp(3, at);
      update.setLong(4, step.attempt().totalTimeMs());
      decimal(update, 5, step.scoreScaled());
      update.setBoolean(6, step.completedNow());
      update.setTimestamp(7, at);
      update.setBoolean(8, step.sealedNow());
      update.setTimestamp(9, at);
      update.setLong(10, attemptId);
      update.executeUpdate();
    }
  }

  private static void decimal(PreparedStatement statement, int index, BigDecimal value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DECIMAL);
    } else {
      statement.setBigDecimal(index, value);
    }
  }
}
