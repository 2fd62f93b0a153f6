package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * One {@code imsss:rollupRule}: when enough children ({@code childActivitySet} {@code all}, {@code
 * any}, {@code none}, {@code atLeastCount}, {@code atLeastPercent}) meet the conditions, the parent
 * takes the {@code action} ({@code satisfied}, {@code notSatisfied}, {@code completed}, {@code
 * incomplete}).
 *
 * @param minimumPercent a fraction from 0 to 1, as the schema defines it
 */
public record RollupRule(
    String childActivitySet,
    int minimumCount,
    double minimumPercent,
    String conditionCombination,
    List<RollupCondition> conditions,
    String action) {

  public RollupRule {
    conditions = ImmutableLists.copy(conditions);
  }
}
