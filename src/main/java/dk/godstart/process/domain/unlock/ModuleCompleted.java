package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Set;

/** Opens the module once the hire has completed the module {@code moduleId}. */
public record ModuleCompleted(long moduleId) implements UnlockRule {

  @Override
  public RuleOutcome evaluate(EnrolmentFacts facts, long ownModuleId) {
    LocalDate completedOn = facts.modulesCompleted().get(moduleId);
    return completedOn == null
        ? RuleOutcome.waitingFor(WaitingFor.module(moduleId))
        : RuleOutcome.met(completedOn, Reason.module(moduleId, completedOn));
  }

  @Override
  public Set<Long> modulesRequired() {
    return Set.of(moduleId);
  }
}
