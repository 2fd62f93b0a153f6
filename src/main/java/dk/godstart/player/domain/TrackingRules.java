package dk.godstart.player.domain;

import dk.godstart.player.domain.ScoResult.Completion;
import dk.godstart.player.domain.ScoResult.Success;

/**
 * How the LMS judges a SCO from the data it reported: the rules of the SCORM 1.2 and 2004 run-time
 * environments, where the manifest's thresholds take precedence over what the SCO says.
 */
public final class TrackingRules {

  private TrackingRules() {}

  /**
   * An asset (content without the SCORM API) once it has been shown: completed, success unknown. It
   * cannot report anything, so its delivery is its completion, as SCORM 2004 treats
   * non-communicative content (the LMS sets the attempt's completion when it delivers an asset).
   */
  public static ScoResult assetShown() {
    return new ScoResult(Completion.COMPLETED, Success.UNKNOWN, null, null);
  }

  /**
   * SCORM 1.2: {@code lesson_status} as reported, except that with credit and a mastery score the
   * raw score decides between passed and failed.
   */
  public static ScoResult scorm12(CmiValues cmi, ScoRequirements requirements, boolean credit) {
    String status = cmi.completionStatus() == null ? "not attempted" : cmi.completionStatus();
    if (credit
        && requirements.masteryScore() != null
        && cmi.scoreRaw() != null
        && !"browsed".equals(status)
        && !"not attempted".equals(status)) {
      status = cmi.scoreRaw().compareTo(requirements.masteryScore()) >= 0 ? "passed" : "failed";
    }
    return switch (status) {
      case "passed" -> new ScoResult(Completion.COMPLETED, Success.PASSED, cmi.scoreRaw(), null);
      case "failed" -> new ScoResult(Completion.COMPLETED, Success.FAILED, cmi.scoreRaw(), null);
      case "completed" ->
          new ScoResult(Completion.COMPLETED, Success.UNKNOWN, cmi.scoreRaw(), null);
      case "incomplete" ->
          new ScoResult(Completion.INCOMPLETE, Success.UNKNOWN, cmi.scoreRaw(), null);
      case "browsed" -> new ScoResult(Completion.BROWSED, Success.UNKNOWN, cmi.scoreRaw(), null);
      default -> new ScoResult(Completion.NOT_ATTEMPTED, Success.UNKNOWN, cmi.scoreRaw(), null);
    };
  }

  /**
   * SCORM 2004: with a completion threshold and a progress measure, the measure decides completion;
   * with a scaled passing score and a scaled score, the score decides success (and without a score,
   * success is unknown). Otherwise what the SCO reported stands.
   */
  public static ScoResult scorm2004(CmiValues cmi, ScoRequirements requirements) {
    Completion completion = completion2004(cmi.completionStatus());
    if (requirements.completionThreshold() != null && cmi.progressMeasure() != null) {
      completion =
          cmi.progressMeasure().compareTo(requirements.completionThreshold()) >= 0
              ? Completion.COMPLETED
              : Completion.INCOMPLETE;
    }
    Success success = success2004(cmi.successStatus());
    if (requirements.scaledPassingScore() != null) {
      success =
          cmi.scoreScaled() == null
              ? Success.UNKNOWN
              : cmi.scoreScaled().compareTo(requirements.scaledPassingScore()) >= 0
                  ? Success.PASSED
                  : Success.FAILED;
    }
    return new ScoResult(completion, success, cmi.scoreRaw(), cmi.scoreScaled());
  }

  private static Completion completion2004(String status) {
    if (status == null) {
      return Completion.UNKNOWN;
    }
    return switch (status) {
      case "completed" -> Completion.COMPLETED;
      case "incomplete" -> Completion.INCOMPLETE;
      case "not attempted" -> Completion.NOT_ATTEMPTED;
      default -> Completion.UNKNOWN;
    };
  }

  private static Success success2004(String status) {
    if ("passed".equals(status)) {
      return Success.PASSED;
    }
    return "failed".equals(status) ? Success.FAILED : Success.UNKNOWN;
  }
}
