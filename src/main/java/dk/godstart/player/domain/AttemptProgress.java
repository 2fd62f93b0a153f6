package dk.godstart.player.domain;

import dk.godstart.kernel.Conflict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a learner stands in an attempt: the last commit accepted, whether the attempt is completed,
 * its total time and each SCO's progress. The rules for a commit are decided here, whether the
 * attempt is stored as an entity ({@link Attempt}) or read and written row by row (the player's
 * commit path).
 */
public record AttemptProgress(
    long lastSequence, boolean completed, long totalTimeMs, Map<String, ScoProgress> scos) {

  public AttemptProgress {
    scos = Map.copyOf(scos);
  }

  /** What one accepted commit changes: the attempt after it, and the SCO it was for. */
  public record Step(
      AttemptProgress attempt, ScoProgress sco, BigDecimal scoreScaled, boolean completedNow) {}

  /**
   * Takes a commit for one SCO. Refused with {@code attempt.completed} once the attempt is
   * completed (it is a record: a new attempt is how a learner tries again), and with {@code
   * commit.stale} unless its sequence is above every one accepted before.
   */
  public Step commit(
      long sequence,
      String sco,
      ScoResult result,
      boolean suspend,
      Duration sessionTime,
      ModuleCompletion completion) {
    requireOpen();
    if (sequence <= lastSequence) {
      throw new Conflict("commit.stale", sequence, lastSequence);
    }
    ScoProgress now = scos.getOrDefault(sco, ScoProgress.NEW).after(result, suspend, sessionTime);
    Map<String, ScoProgress> all = new HashMap<>(scos);
    all.put(sco, now);
    Map<String, ScoResult> results = new HashMap<>();
    all.forEach((id, progress) -> results.put(id, progress.result()));
    boolean completedNow = completion.isCompleted(results);
    AttemptProgress after =
        new AttemptProgress(
            sequence,
            completedNow,
            sessionTime == null ? totalTimeMs : totalTimeMs + sessionTime.toMillis(),
            all);
    return new Step(after, now, after.averageScaledScore(), completedNow);
  }

  /** Refused with {@code attempt.completed} once the attempt is completed. */
  public void requireOpen() {
    requireOpen(completed);
  }

  /**
   * Refused with {@code attempt.completed} when completed: neither the data nor the sequencing
   * state of a completed attempt changes.
   */
  public static void requireOpen(boolean completed) {
    if (completed) {
      throw new Conflict("attempt.completed");
    }
  }

  /** The average of the SCOs' scaled scores, of those that have one. */
  public BigDecimal averageScaledScore() {
    List<BigDecimal> scores =
        scos.values().stream().map(ScoProgress::scoreScaled).filter(Objects::nonNull).toList();
    return scores.isEmpty()
        ? null
        : scores.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(scores.size()), 6, RoundingMode.HALF_UP);
  }

  public Duration totalTime() {
    return Duration.ofMillis(totalTimeMs);
  }
}
