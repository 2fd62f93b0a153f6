package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Set;

/**
 * Opens the module when one of the hire's mentors releases it. The release is given for the module
 * the rule belongs to, so this rule reads the module id it is evaluated for.
 */
public record MentorRelease() implements UnlockRule {

  @Override
  public RuleOutcome evaluate(EnrolmentFacts facts, long moduleId) {
    LocalDate releasedOn = facts.releases().get(moduleId);
    return releasedOn == null
        ? RuleOutcome.waitingFor(WaitingFor.release())
        : RuleOutcome.met(releasedOn, Reason.release(releasedOn));
  }

  @Override
  public Set<Long> modulesRequired() {
    return Set.of();
  }
}
