package dk.godstart.catalog.domain.manifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization's activity tree as scorm-again's sequencing engine takes it ({@code
 * settings.sequencing.activityTree}: its {@code ActivitySettings}), from the typed manifest model.
 * The result is plain maps and lists, ready to be written as JSON; names are scorm-again's.
 *
 * <p>Per activity: {@code id}, {@code title}, {@code isVisible} (only when false), {@code
 * sequencingControls} (control mode, rollup controls, randomization, constrained choice), {@code
 * deliveryControls}, {@code attemptLimit}, {@code attemptAbsoluteDurationLimit}, {@code
 * sequencingRules}, {@code rollupRules}, {@code primaryObjective}, {@code objectives} and {@code
 * children}. An activity without sequencing in the manifest gets empty {@code sequencingControls},
 * and the engine's defaults (which are SCORM's) apply.
 */
public final class ActivitySettings {

  private ActivitySettings() {}

  /** The tree rooted at the organization. */
  public static Map<String, Object> of(Organization organization) {
    return activity(
        organization.identifier(),
        organization.title(),
        true,
        organization.sequencing(),
        organization.items());
  }

  private static Map<String, Object> of(Item item) {
    return activity(
        item.identifier(), item.title(), item.isvisible(), item.sequencing(), item.items());
  }

  private static Map<String, Object> activity(
      String identifier, String title, boolean visible, Sequencing sequencing, List<Item> items) {
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("id", identifier);
    activity.put("title", title == null || title.isBlank() ? identifier : title);
    if (!visible) {
      activity.put("isVisible", false);
    }
    if (sequencing == null) {
      activity.put("sequencingControls", Map.of());
    } else {
      sequencing(activity, sequencing);
    }
    if (!items.isEmpty()) {
      activity.put("children", items.stream().map(ActivitySettings::of).toList());
    }
    return activity;
  }

  private static void sequencing(Map<String, Object> activity, Sequencing sequencing) {
    Map<String, Object> controls = new LinkedHashMap<>();
    ControlMode mode = sequencing.controlMode();
    if (mode != null) {
      controls.put("choice", mode.choice());
      controls.put("choiceExit", mode.choiceExit());
      controls.put("flow", mode.flow());
      controls.put("forwardOnly", mode.forwardOnly());
      controls.put("useCurrentAttemptObjectiveInfo", mode.useCurrentAttemptObjectiveInfo());
      controls.put("useCurrentAttemptProgressInfo", mode.useCurrentAttemptProgressInfo());
    }
    RollupRules rollup = sequencing.rollupRules();
    if (rollup != null) {
      controls.put("rollupObjectiveSatisfied", rollup.rollupObjectiveSatisfied());
      controls.put("rollupProgressCompletion", rollup.rollupProgressCompletion());
      controls.put("objectiveMeasureWeight", rollup.objectiveMeasureWeight());
    }
    RandomizationControls randomization = sequencing.randomizationControls();
    if (randomization != null) {
      putPresent(controls, "selectionTiming", randomization.selectionTiming());
      putPresent(controls, "selectCount", randomization.selectCount());
      putPresent(controls, "randomizationTiming", randomization.randomizationTiming());
      controls.put("reorderChildren", randomization.reorderChildren());
      controls.put("randomizeChildren", randomization.reorderChildren());
    }
    ConstrainedChoiceConsiderations constrained = sequencing.constrainedChoiceConsiderations();
    if (constrained != null) {
      controls.put("preventActivation", constrained.preventActivation());
      controls.put("constrainChoice", constrained.constrainChoice());
    }
    activity.put("sequencingControls", controls);
    DeliveryControls delivery = sequencing.deliveryControls();
    if (delivery != null) {
      Map<String, Object> deliveryControls = new LinkedHashMap<>();
      deliveryControls.put("tracked", delivery.tracked());
      deliveryControls.put("completionSetByContent", delivery.completionSetByContent());
      deliveryControls.put("objectiveSetByContent", delivery.objectiveSetByContent());
      activity.put("deliveryControls", deliveryControls);
    }
    LimitConditions limits = sequencing.limitConditions();
    if (limits != null) {
      activity.put("attemptLimit", limits.attemptLimit());
      putPresent(activity, "attemptAbsoluteDurationLimit", limits.attemptAbsoluteDurationLimit());
    }
    SequencingRules rules = sequencing.sequencingRules();
    if (rules != null) {
      Map<String, Object> mapped = new LinkedHashMap<>();
      mapped.put("preConditionRules", sequencingRules(rules.preConditionRules()));
      mapped.put("exitConditionRules", sequencingRules(rules.exitConditionRules()));
      mapped.put("postConditionRules", sequencingRules(rules.postConditionRules()));
      activity.put("sequencingRules", mapped);
    }
    if (rollup != null) {
      activity.put(
          "rollupRules",
          Map.of("rules", rollup.rules().stream().map(ActivitySettings::rollupRule).toList()));
    }
    Objectives objectives = sequencing.objectives();
    if (objectives != null) {
      if (objectives.primaryObjective() != null) {
        activity.put("primaryObjective", objective(objectives.primaryObjective()));
      }
      activity.put(
          "objectives", objectives.objectives().stream().map(ActivitySettings::objective).toList());
    }
  }

  private static List<Map<String, Object>> sequencingRules(List<SequencingRule> rules) {
    return rules.stream().map(ActivitySettings::sequencingRule).toList();
  }

  private static Map<String, Object> sequencingRule(SequencingRule rule) {
    Map<String, Object> mapped = new LinkedHashMap<>();
    mapped.put("action", rule.action());
    mapped.put(
        "conditionCombination",
        rule.conditionCombination() == null ? "all" : rule.conditionCombination());
    mapped.put("conditions", rule.conditions().stream().map(ActivitySettings::condition).toList());
    return mapped;
  }

  /**
   * One rule condition. The engine knows the operator "not" and takes a missing one as noOp; the
   * measure threshold matters only to the two measure conditions.
   */
  private static Map<String, Object> condition(RuleCondition condition) {
    Map<String, Object> mapped = new LinkedHashMap<>();
    mapped.put("condition", condition.condition());
    if ("not".equals(condition.operator())) {
      mapped.put("operator", "not");
    }
    putPresent(mapped, "referencedObjective", condition.referencedObjective());
    if ("objectiveMeasureGreaterThan".equals(condition.condition())
        || "objectiveMeasureLessThan".equals(condition.condition())) {
      mapped.put("parameters", Map.of("threshold", condition.measureThreshold()));
    }
    return mapped;
  }

  private static Map<String, Object> rollupRule(RollupRule rule) {
    Map<String, Object> mapped = new LinkedHashMap<>();
    mapped.put("action", rule.action());
    mapped.put("consideration", rule.childActivitySet() == null ? "all" : rule.childActivitySet());
    mapped.put(
        "conditionCombination",
        rule.conditionCombination() == null ? "any" : rule.conditionCombination());
    mapped.put(
        "conditions",
        rule.conditions().stream()
            .map(
                c ->
                    Map.<String, Object>of(
                        "condition",
                        c.condition(),
                        "operator",
                        c.operator() == null ? "noOp" : c.operator()))
            .toList());
    mapped.put("minimumCount", rule.minimumCount());
    mapped.put("minimumPercent", rule.minimumPercent());
    return mapped;
  }

  private static Map<String, Object> objective(Objective objective) {
    Map<String, Object> mapped = new LinkedHashMap<>();
    putPresent(mapped, "objectiveID", objective.objectiveId());
    mapped.put("satisfiedByMeasure", objective.satisfiedByMeasure());
    mapped.put("minNormalizedMeasure", objective.minNormalizedMeasure());
    mapped.put(
        "mapInfo",
        objective.mapInfo().stream()
            .map(
                info -> {
                  Map<String, Object> map = new LinkedHashMap<>();
                  putPresent(map, "targetObjectiveID", info.targetObjectiveId());
                  map.put("readSatisfiedStatus", info.readSatisfiedStatus());
                  map.put("readNormalizedMeasure", info.readNormalizedMeasure());
                  map.put("writeSatisfiedStatus", info.writeSatisfiedStatus());
                  map.put("writeNormalizedMeasure", info.writeNormalizedMeasure());
                  return map;
                })
            .toList());
    return mapped;
  }

  private static void putPresent(Map<String, Object> map, String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }
}
