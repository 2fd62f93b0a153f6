package dk.godstart.process.application;

import java.time.Instant;
import java.util.List;

/**
 * Where reports of a hire reaching a casework step go. The enrolment feature, which knows the hires
 * and their programmes, implements it; this feature only checks what a case system sends.
 */
public interface StepReports {

  /** Refuses a caller that may not report steps (only a case system's token may). */
  void requireMayReport();

  /**
   * Records that the employee reached the step and unlocks what follows. The same event id a second
   * time changes nothing and says so. An unknown employee or step is an {@code InvalidInput}.
   */
  Result report(StepReport report);

  /** A case system's report, already checked for form. */
  record StepReport(
      String employee, String step, Instant occurredAt, String eventId, String caseRef) {}

  /** What the report did: the enrolment it belongs to, and the modules it unlocked. */
  record Result(long enrollmentId, boolean duplicate, List<Long> unlockedModules) {}
}
