package dk.godstart.player.application;

/**
 * The learner's name as SCORM runtimes expect it, family name first: "Sofie Andersen" becomes
 * "Andersen, Sofie". A single name stays as it is.
 */
final class LearnerName {

  private LearnerName() {}

  static String of(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    int lastSpace = name.lastIndexOf(' ');
    return lastSpace < 0
        ? name
        : name.substring(lastSpace + 1) + ", " + name.substring(0, lastSpace).strip();
  }
}
