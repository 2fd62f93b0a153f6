package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * One pre-, exit- or post-condition rule: when its conditions hold (all of them, or any, by {@code
 * conditionCombination}), the {@code action} happens (for example {@code skip}, {@code disabled},
 * {@code exitParent}, {@code retry}).
 */
public record SequencingRule(
    String conditionCombination, List<RuleCondition> conditions, String action) {

  public SequencingRule {
    conditions = ImmutableLists.copy(conditions);
  }
}
