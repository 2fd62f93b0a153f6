package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The end of a hire's employment, recorded by their leader (or an administrator) on the person, not
 * the enrolment: it may come long after the programme ended, and retention counts it.
 */
@ApplicationScoped
@Transactional
public class EmploymentEnds {

  @Inject Enrollments enrollments;
  @Inject EnrollmentAccess access;

  /** The recorded end, if any. */
  public record EmploymentEnd(LocalDate endedOn, String reason) {}

  public EmploymentEnd of(long enrollmentId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireMayManage(enrollment);
    return new EmploymentEnd(
        enrollment.hire().employmentEndedOn(), enrollment.hire().employmentEndReason());
  }

  /**
   * Checked before a request body is read: a caller without the right gets 403 whatever they sent.
   */
  public void requireMayManage(long enrollmentId) {
    access.requireMayManage(enrollments.require(enrollmentId));
  }

  /** Records the last day of the employment and an optional reason; a null day clears it. */
  public EmploymentEnd record(long enrollmentId, LocalDate lastDay, String reason) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireMayManage(enrollment);
    if (lastDay != null && lastDay.isBefore(enrollment.startDate())) {
      throw new InvalidInput(
          "invalid-input",
          List.of(
              Detail.of("employment.before-start", "endedOn", lastDay, enrollment.startDate())));
    }
    enrollment.hire().recordEmploymentEnd(lastDay, reason);
    return new EmploymentEnd(
        enrollment.hire().employmentEndedOn(), enrollment.hire().employmentEndReason());
  }
}
