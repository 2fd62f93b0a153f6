package dk.godstart.catalog.domain.manifest;

/** {@code imsss:controlMode}: which navigation the learner may use among an activity's children. */
public record ControlMode(
    boolean choice,
    boolean choiceExit,
    boolean flow,
    boolean forwardOnly,
    boolean useCurrentAttemptObjectiveInfo,
    boolean useCurrentAttemptProgressInfo) {

  public static ControlMode defaults() {
    return new ControlMode(true, true, false, false, true, true);
  }
}
