package dk.godstart.enrollment.domain;

/** Where an enrolment stands: running, completed, or ended because the person left. */
public enum EnrollmentStatus {
  ACTIVE,
  COMPLETED,
  LEFT
}
