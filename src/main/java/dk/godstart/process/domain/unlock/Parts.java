package dk.godstart.process.domain.unlock;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** What all-of and any-of share: checking their parts and evaluating them in order. */
final class Parts {

  private Parts() {}

  /**
   * An immutable copy of a combination's parts. An empty combination is refused rather than given a
   * meaning: "all of nothing" and "any of nothing" are authoring mistakes, and a module that could
   * never open, waiting for nothing, would be invisible on the hire's path.
   */
  static List<UnlockRule> checked(List<UnlockRule> rules, String combination) {
    Objects.requireNonNull(rules, combination + " needs its rules");
    List<UnlockRule> copy = List.copyOf(rules);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(combination + " needs at least one rule");
    }
    return copy;
  }

  static List<RuleOutcome> evaluate(List<UnlockRule> rules, EnrolmentFacts facts, long moduleId) {
    return rules.stream().map(rule -> rule.evaluate(facts, moduleId)).toList();
  }

  /** What these outcomes wait for, each wait once, in the order of the parts. */
  static List<WaitingFor> waits(List<RuleOutcome> outcomes) {
    LinkedHashSet<WaitingFor> waits = new LinkedHashSet<>();
    outcomes.forEach(outcome -> waits.addAll(outcome.waitingFor()));
    return List.copyOf(waits);
  }
}
