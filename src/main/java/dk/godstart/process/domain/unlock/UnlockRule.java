package dk.godstart.process.domain.unlock;

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
}
