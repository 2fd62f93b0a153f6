package dk.godstart.catalog.domain.manifest;

/**
 * {@code imsss:limitConditions}.
 *
 * @param attemptLimit how many attempts are allowed; 0 means no limit (the default)
 * @param attemptAbsoluteDurationLimit an ISO 8601 duration, or null for no limit
 */
public record LimitConditions(int attemptLimit, String attemptAbsoluteDurationLimit) {

  public static LimitConditions defaults() {
    return new LimitConditions(0, null);
  }
}
