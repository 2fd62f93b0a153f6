package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Opens the module as soon as one part holds, with that part's date and reason (on a tie, the part
 * listed first). Combinations may nest; an empty one is refused.
 */
public record AnyOf(List<UnlockRule> rules) implements UnlockRule {

  public AnyOf {
    rules = Parts.checked(rules, "Any of");
  }

  @Override
  public RuleOutcome evaluate(EnrolmentFacts facts, long moduleId) {
    List<RuleOutcome> outcomes = Parts.evaluate(rules, facts, moduleId);
    // sorted() is stable on an ordered stream, so of parts met on one day the first listed wins.
    return outcomes.stream()
        .filter(RuleOutcome::met)
        .sorted(Comparator.comparing(RuleOutcome::metOn))
        .findFirst()
        .orElseGet(() -> RuleOutcome.notMet(Parts.waits(outcomes), opensOn(outcomes)));
  }

  /** The earliest date by which some part will open through the passing of days, if any. */
  private static LocalDate opensOn(List<RuleOutcome> outcomes) {
    return outcomes.stream()
        .map(RuleOutcome::opensOn)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** One part is enough, so only what every part requires. */
  @Override
  public Set<Long> modulesRequired() {
    Set<Long> required = new HashSet<>(rules.get(0).modulesRequired());
    rules.forEach(rule -> required.retainAll(rule.modulesRequired()));
    return Set.copyOf(required);
  }
}
