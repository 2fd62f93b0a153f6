package dk.godstart.catalog.domain.manifest;

/**
 * {@code adlseq:rollupConsiderations}: when a child counts in its parent's rollup ({@code always},
 * {@code ifAttempted}, {@code ifNotSkipped}, {@code ifNotSuspended}).
 */
public record RollupConsiderations(
    String requiredForSatisfied,
    String requiredForNotSatisfied,
    String requiredForCompleted,
    String requiredForIncomplete,
    boolean measureSatisfactionIfActive) {

  public static RollupConsiderations defaults() {
    return new RollupConsiderations("always", "always", "always", "always", true);
  }
}
