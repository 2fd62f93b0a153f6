package dk.godstart.dashboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

  /** Submitted and not yet answered: it waits in the mentors' queue. */
  public boolean isWaiting() {
    return "SUBMITTED".equals(state);
  }

  /** The hire handed it in (a draft is not a reflection yet). */
  public boolean isReflection() {
    return moduleId != null && !"DRAFT".equals(state);
  }

  public boolean isReviewed() {
    return moduleId != null && "REVIEWED".equals(state);
  }

  /** Whole days the note has waited by {@code today}. */
  public long daysWaiting(LocalDate today) {
    return Math.max(
        0, ChronoUnit.DAYS.between(LocalDate.ofInstant(submittedAt, Progress.DANISH_TIME), today));
  }

  /** Hours from submission to the first response; null while unanswered. */
  public Long answerHours() {
    if (submittedAt == null || answeredAt == null) {
      return null;
    }
    return Math.max(0, Duration.between(submittedAt, answeredAt).toHours());
  }
}
