package dk.godstart.player.domain;

import java.math.BigDecimal;

/** Where a learner stands on one SCO, as the LMS judges it from the SCO's data. */
public record ScoResult(
    Completion completion, Success success, BigDecimal scoreRaw, BigDecimal scoreScaled) {

  /**
   * Whether the learner's attempt on the SCO is finished: its completion is "completed". This is
   * SCORM's own definition, the same in both editions: 2004 keeps completion and success apart
   * (completed and failed is a finished attempt whose objective is not satisfied; passed but
   * incomplete is not finished), and in 1.2 {@code passed}, {@code completed} and {@code failed}
   * all say that the learner completed the SCO (RTE 3.4.4, cmi.core.lesson_status), only passed and
   * failed judge mastery as well. So a failed SCO is finished: the page marks it so and moves on,
   * as {@code FINISHED_STATUSES} did.
   */
  public boolean isFinished() {
    return completion == Completion.COMPLETED;
  }

  /**
   * Whether the SCO counts towards a completed module: finished, and not failed. A failed SCO is
   * finished but not done; a new attempt is how the learner tries again.
   */
  public boolean isDone() {
    return isFinished() && success != Success.FAILED;
  }

  /** The status to show learners and send to the player: SCORM's own words. */
  public String status() {
    if (success == Success.PASSED) {
      return "passed";
    }
    if (success == Success.FAILED) {
      return "failed";
    }
    return completion.scormName();
  }

  /** Completion as SCORM names it. */
  public enum Completion {
    NOT_ATTEMPTED("not attempted"),
    INCOMPLETE("incomplete"),
    COMPLETED("completed"),
    BROWSED("browsed"),
    UNKNOWN("unknown");

    private final String scormName;

    Completion(String scormName) {
      this.scormName = scormName;
    }

    public String scormName() {
      return scormName;
    }
  }

  /** Success as SCORM names it. */
  public enum Success {
    PASSED,
    FAILED,
    UNKNOWN
  }
}
