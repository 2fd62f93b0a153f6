package dk.godstart.player.domain;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Where a learner stands on one SCO of an attempt, apart from its CMI data: what the LMS judged,
 * whether the SCO asked to be suspended, its sessions and their total time, and whether it ever
 * sent data. Immutable: {@link #after} is the SCO's progress after one more commit.
 */
public record ScoProgress(
    ScoResult result, boolean suspended, int sessions, long totalTimeMs, boolean started) {

  /** A SCO the learner has not opened in this attempt. */
  public static final ScoProgress NEW =
      new ScoProgress(
          new ScoResult(ScoResult.Completion.NOT_ATTEMPTED, ScoResult.Success.UNKNOWN, null, null),
          false,
          0,
          0,
          false);

  /**
   * Takes one commit. Whether the SCO asked to be suspended decides how it starts next time, even
   * if the session never terminated (a closed tab, a crash). A terminating commit ends a session
   * ({@code sessionTime} is not null): its time is added to the total.
   */
  public ScoProgress after(ScoResult newResult, boolean suspend, Duration sessionTime) {
    return new ScoProgress(
        newResult,
        suspend,
        sessionTime == null ? sessions : sessions + 1,
        sessionTime == null ? totalTimeMs : totalTimeMs + sessionTime.toMillis(),
        true);
  }

  /**
   * The runtime's {@code cmi.entry} for the SCO's next session, decided here only. After a suspend:
   * {@code resume}. The first time: {@code ab-initio}. After any other exit the editions differ:
   * SCORM 2004 begins a new learner attempt on the activity (RTE 4.2.8, and the sequencing
   * behaviour for an attempt that ended without suspend), whose entry is {@code ab-initio}; SCORM
   * 1.2 knows no such attempts, and its {@code cmi.core.entry} is empty for a session after a
   * normal exit (RTE 3.4.4).
   */
  public String nextEntry(boolean scorm12) {
    if (suspended) {
      return "resume";
    }
    if (!started && sessions == 0) {
      return "ab-initio";
    }
    return scorm12 ? "" : "ab-initio";
  }

  public BigDecimal scoreScaled() {
    return result.scoreScaled();
  }

  public Duration totalTime() {
    return Duration.ofMillis(totalTimeMs);
  }
}
