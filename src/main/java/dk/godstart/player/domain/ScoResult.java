package dk.godstart.player.domain;

import java.math.BigDecimal;

/** Where a learner stands on one SCO, as the LMS judges it from the SCO's data. */
public record ScoResult(
    Completion completion, Success success, BigDecimal scoreRaw, BigDecimal scoreScaled) {

  /** Whether the SCO is done: completed, and not failed. */
  public boolean isDone() {
    return completion == Completion.COMPLETED && success != Success.FAILED;
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
