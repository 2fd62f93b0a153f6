package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** Opens the module when the hire reaches the casework step with this code. */
public record StepReached(String stepCode) implements UnlockRule {

  public StepReached {
    Objects.requireNonNull(stepCode, "stepCode");
    if (stepCode.isBlank()) {
      throw new IllegalArgumentException("A step code must not be blank");
    }
  }

  @Override
  public RuleOutcome evaluate(EnrolmentFacts facts, long moduleId) {
    LocalDate reachedOn = facts.stepsReached().get(stepCode);
    return reachedOn == null
        ? RuleOutcome.waitingFor(WaitingFor.step(stepCode))
        : RuleOutcome.met(reachedOn, Reason.step(stepCode, reachedOn));
  }

  @Override
  public Set<Long> modulesRequired() {
    return Set.of();
  }
}
