package dk.godstart.catalog.domain.manifest;

/**
 * {@code imsss:randomizationControls}.
 *
 * @param selectCount how many children to select; null selects all (the attribute has no default)
 */
public record RandomizationControls(
    String randomizationTiming,
    Integer selectCount,
    boolean reorderChildren,
    String selectionTiming) {

  public static RandomizationControls defaults() {
    return new RandomizationControls("never", null, false, "never");
  }
}
