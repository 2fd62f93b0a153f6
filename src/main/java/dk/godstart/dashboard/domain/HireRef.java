package dk.godstart.dashboard.domain;

/** A hire named by a figure (stalled, overdue), linked to their path by the enrolment. */
public record HireRef(long enrollmentId, String name, String unit) {

  static HireRef of(Enrolled hire) {
    return new HireRef(hire.enrollmentId(), hire.name(), hire.unit());
  }
}
