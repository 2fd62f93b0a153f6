package dk.godstart.process.domain.unlock;

import java.util.Set;

/**
 * One rule of when a module opens. Rules are immutable records, checked when they are made, and
 * evaluated against the facts of one enrolment at one moment.
 */
public sealed interface UnlockRule
    permits StepReached, DayReached, ModuleCompleted, MentorRelease, AllOf, AnyOf {

  /**
   * Whether the rule of the module {@code moduleId} holds for these facts: since when and why, or
   * what it still waits for. The module id is only read by {@link MentorRelease}, because a release
   * is given for one module; the other rules ignore it.
   */
  RuleOutcome evaluate(EnrolmentFacts facts, long moduleId);

  /**
   * The modules that must be completed before this rule can hold, whichever way it is met. A
   * mentor's release can always be given, so it requires nothing; see {@link WaitCycles}.
   */
  Set<Long> modulesRequired();
}
