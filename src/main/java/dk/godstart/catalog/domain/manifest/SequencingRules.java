package dk.godstart.catalog.domain.manifest;

import java.util.List;

/** {@code imsss:sequencingRules}: the rules checked before, on exit from and after an attempt. */
public record SequencingRules(
    List<SequencingRule> preConditionRules,
    List<SequencingRule> exitConditionRules,
    List<SequencingRule> postConditionRules) {

  public SequencingRules {
    preConditionRules = ImmutableLists.copy(preConditionRules);
    exitConditionRules = ImmutableLists.copy(exitConditionRules);
    postConditionRules = ImmutableLists.copy(postConditionRules);
  }

  public static SequencingRules none() {
    return new SequencingRules(List.of(), List.of(), List.of());
  }
}
