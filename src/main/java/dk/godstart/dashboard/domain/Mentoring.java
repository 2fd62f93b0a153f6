package dk.godstart.dashboard.domain;

/** A mentor's current assignment to a hire's enrolment, as primary mentor or substitute. */
public record Mentoring(long enrollmentId, long mentorId, String mentor, boolean primary) {}
