package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Opens the module once every part holds, on the day the last of them came true. Combinations may
 * nest; an empty one is refused.
 */
public record AllOf(List<UnlockRule> rules) implements UnlockRule {

  public AllOf {
    rules = Parts.checked(rules, "All of");
  }

  @Override
  public RuleOutcome evaluate(EnrolmentFacts facts, long moduleId) {
    List<RuleOutcome> outcomes = Parts.evaluate(rules, facts, moduleId);
    List<RuleOutcome> unmet = outcomes.stream().filter(outcome -> !outcome.met()).toList();
    if (unmet.isEmpty()) {
      LocalDate lastMetOn =
          outcomes.stream().map(RuleOutcome::metOn).max(Comparator.naturalOrder()).orElseThrow();
      return RuleOutcome.met(
          lastMetOn, Reason.all(outcomes.stream().map(RuleOutcome::reason).toList(), lastMetOn));
    }
    return RuleOutcome.notMet(Parts.waits(unmet), opensOn(unmet));
  }

  /** Known only when every outstanding part will open by a known date: then the last of those. */
  private static LocalDate opensOn(List<RuleOutcome> unmet) {
    if (unmet.stream().anyMatch(outcome -> outcome.opensOn() == null)) {
      return null;
    }
    return unmet.stream().map(RuleOutcome::opensOn).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** Every part must hold, so everything any part requires. */
  @Override
  public Set<Long> modulesRequired() {
    Set<Long> required = new HashSet<>();
    rules.forEach(rule -> required.addAll(rule.modulesRequired()));
    return Set.copyOf(required);
  }
}
