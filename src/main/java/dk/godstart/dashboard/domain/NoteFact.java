package dk.godstart.dashboard.domain;

import java.time.Instant;

/**
 * A reflection note as the dashboards count it: its state and times only, never its text.
 *
 * @param moduleId the module it reflects on; null for a logbook entry
 * @param answeredAt the mentors' first response: an answer, or a review without one
 * @param answeredBy the mentor who took or reviewed it
 */
public record NoteFact(
    long enrollmentId,
    Long moduleId,
    String state,
    Instant submittedAt,
    Instant answeredAt,
    Long answeredBy) {

  /** The hire handed it in (a draft is not a reflection yet). */
  public boolean isReflection() {
    return moduleId != null && !"DRAFT".equals(state);
  }

  public boolean isReviewed() {
    return moduleId != null && "REVIEWED".equals(state);
  }
}
