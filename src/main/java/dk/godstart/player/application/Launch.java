package dk.godstart.player.application;

import dk.godstart.catalog.domain.manifest.Organization;
import java.util.List;

/**
 * Everything the player page needs to run a module: the attempt (none when previewing), the mode,
 * the learner, and for each SCO where it starts and what the runtime is initialised with.
 */
public record Launch(
    Long attemptId,
    long moduleId,
    long versionId,
    String title,
    String scormVersion,
    Mode mode,
    String learnerId,
    String learnerName,
    long sequence,
    String startSco,
    List<ScoLaunch> scos,
    Organization sequencing,
    String sequencingState) {

  /** How the module runs: for credit, reviewed after completion, or previewed. */
  public enum Mode {
    NORMAL("normal", "credit"),
    REVIEW("review", "no-credit"),
    BROWSE("browse", "no-credit");

    private final String scormMode;
    private final String credit;

    Mode(String scormMode, String credit) {
      this.scormMode = scormMode;
      this.credit = credit;
    }

    public String scormMode() {
      return scormMode;
    }

    public String credit() {
      return credit;
    }
  }

  /** One SCO of the launch and the data its runtime starts from. */
  public record ScoLaunch(
      String identifier,
      String title,
      String launch,
      boolean asset,
      String status,
      boolean finished,
      String entry,
      String launchData,
      Double masteryScore,
      Double scaledPassingScore,
      Double completionThreshold,
      String maxTimeAllowed,
      String timeLimitAction,
      String totalTime,
      String cmiJson) {}
}
