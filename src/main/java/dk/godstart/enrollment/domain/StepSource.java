package dk.godstart.enrollment.domain;

/** Who said that a hire reached a step. */
public enum StepSource {
  HIRE,
  MENTOR,
  CASE_SYSTEM
}
