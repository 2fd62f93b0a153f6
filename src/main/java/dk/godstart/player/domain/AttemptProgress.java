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
 * Where a learner stands in an attempt: the last commit accepted and its SCO, whether the attempt
 * is completed and whether it is sealed, its total time and each SCO's progress. The rules for a
 * commit are decided here, whether the attempt is stored as an entity ({@link Attempt}) or read and
 * written row by row (the player's commit path).
 *
 * <p>A completed attempt is a record: once sealed, no commit and no sequencing state changes it,
 * and a new attempt is how a learner tries again. It is sealed when the SCO session that completed
 * it ends (its terminating commit, which carries the session time, is the last one accepted), or
 * when the attempt is opened again. Until then only that SCO's session may go on, as a SCORM
 * session does between the commit that completes and Terminate.
 */
public record AttemptProgress(
    long lastSequence,
    String lastSco,
    boolean completed,
    boolean sealed,
    long totalTimeMs,
    Map<String, ScoProgress> scos) {

  public AttemptProgress {
    scos = Map.copyOf(scos);
  }

  /**
   * What one accepted commit changes: the attempt after it, the SCO it was for, whether it
   * completed the module, and whether the attempt is sealed now.
   */
  public record Step(
      AttemptProgress attempt,
      ScoProgress sco,
      BigDecimal scoreScaled,
      boolean completedNow,
      boolean sealedNow) {}

  /**
   * Takes a commit for one SCO ({@code sessionTime} not null when it ends the SCO's session).
   * Refused with {@code attempt.completed} when the attempt is sealed, or completed by another
   * SCO's session, and with {@code commit.stale} unless its sequence is above every one accepted
   * before.
   */
  public Step commit(
      long sequence,
      String sco,
      ScoResult result,
      boolean suspend,
      Duration sessionTime,
      ModuleCompletion completion) {
    requireOpen();
    if (completed && !sco.equals(lastSco)) {
      throw new Conflict("attempt.completed");
    }
    if (sequence <= lastSequence) {
      throw new Conflict("commit.stale", sequence, lastSequence);
    }
    ScoProgress now = scos.getOrDefault(sco, ScoProgress.NEW).after(result, suspend, sessionTime);
    Map<String, ScoProgress> all = new HashMap<>(scos);
    all.put(sco, now);
    Map<String, ScoResult> results = new HashMap<>();
    all.forEach((id, progress) -> results.put(id, progress.result()));
    boolean completedNow = !completed && completion.isCompleted(results);
    boolean sealedNow = (completed || completedNow) && sessionTime != null;
    AttemptProgress after =
        new AttemptProgress(
            sequence,
            sco,
            completed || completedNow,
            sealedNow,
            sessionTime == null ? totalTimeMs : totalTimeMs + sessionTime.toMillis(),
            all);
    return new Step(after, now, after.averageScaledScore(), completedNow, sealedNow);
  }

  /** Refused with {@code attempt.completed} once the attempt is sealed. */
  public void requireOpen() {
    requireOpen(sealed);
  }

  /**
   * Refused with {@code attempt.completed} when sealed: neither the data nor the sequencing state
   * of a completed attempt changes any more.
   */
  public static void requireOpen(boolean sealed) {
    if (sealed) {
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
