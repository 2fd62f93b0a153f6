package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * {@code imsss:rollupRules}: whether and how the children's status counts for the parent.
 *
 * @param objectiveMeasureWeight the weight of this activity's measure in its parent's (default 1.0)
 */
public record RollupRules(
    boolean rollupObjectiveSatisfied,
    boolean rollupProgressCompletion,
    double objectiveMeasureWeight,
    List<RollupRule> rules) {

  public RollupRules {
    rules = ImmutableLists.copy(rules);
  }

  public static RollupRules defaults() {
    return new RollupRules(true, true, 1.0, List.of());
  }
}
