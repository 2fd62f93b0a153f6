package dk.godstart.dashboard.domain;

/** A hire named by a figure (stalled, overdue), linked to their path by the enrolment. */
public record HireRef(long enrollmentId, String name, String unit) {}
