import { isPresent } from "../shared/versions.js";

/*
 * Maps our stored manifest model (config.sequencing: organization and items with SCORM 2004
 * attribute names in camelCase, defaults applied) to scorm-again's ActivitySettings.
 * Fields read per node: identifier, title, isvisible, items, and in `sequencing`:
 *   controlMode.{choice, choiceExit, flow, forwardOnly, useCurrentAttemptObjectiveInfo,
 *     useCurrentAttemptProgressInfo}
 *   sequencingRules.{preConditionRules, exitConditionRules, postConditionRules}[]
 *     .{conditionCombination, action, conditions[].{condition, operator, referencedObjective,
 *     measureThreshold}}
 *   limitConditions.{attemptLimit, attemptAbsoluteDurationLimit}
 *   rollupRules.{rollupObjectiveSatisfied, rollupProgressCompletion, objectiveMeasureWeight,
 *     rules[].{childActivitySet, minimumCount, minimumPercent, conditionCombination, action,
 *     conditions[].{condition, operator}}}
 *   objectives.{primary, others[]}.{objectiveID, satisfiedByMeasure, minNormalizedMeasure,
 *     mapInfo[].{targetObjectiveID, readSatisfiedStatus, readNormalizedMeasure,
 *     writeSatisfiedStatus, writeNormalizedMeasure}}
 *   randomizationControls.{selectionTiming, selectCount, randomizationTiming, reorderChildren}
 *   deliveryControls.{tracked, completionSetByContent, objectiveSetByContent}
 *   constrainedChoiceConsiderations.{preventActivation, constrainChoice} (optional)
 */
export function toActivitySettings(node) {
  const activity = { id: node.identifier, title: node.title || node.identifier };
  if (node.isvisible === false) {
    activity.isVisible = false;
  }
  applySequencing(activity, node.sequencing || {});
  const items = node.items || [];
  if (items.length) {
    activity.children = items.map(toActivitySettings);
  }
  return activity;
}

function copyFields(source, target, names) {
  names.forEach(function (name) {
    if (source && isPresent(source[name])) {
      target[name] = source[name];
    }
  });
  return target;
}

function applySequencing(activity, sequencing) {
  const controls = {};
  copyFields(sequencing.controlMode, controls, ["choice", "choiceExit", "flow", "forwardOnly",
    "useCurrentAttemptObjectiveInfo", "useCurrentAttemptProgressInfo"]);
  copyFields(sequencing.rollupRules, controls, ["rollupObjectiveSatisfied",
    "rollupProgressCompletion", "objectiveMeasureWeight"]);
  copyFields(sequencing.randomizationControls, controls, ["selectionTiming", "selectCount",
    "randomizationTiming", "reorderChildren"]);
  if (sequencing.randomizationControls && isPresent(sequencing.randomizationControls.reorderChildren)) {
    controls.randomizeChildren = sequencing.randomizationControls.reorderChildren;
  }
  copyFields(sequencing.constrainedChoiceConsiderations, controls,
    ["preventActivation", "constrainChoice"]);
  activity.sequencingControls = controls;
  if (sequencing.deliveryControls) {
    activity.deliveryControls = copyFields(sequencing.deliveryControls, {},
      ["tracked", "completionSetByContent", "objectiveSetByContent"]);
  }
  copyFields(sequencing.limitConditions, activity,
    ["attemptLimit", "attemptAbsoluteDurationLimit"]);
  const rules = sequencing.sequencingRules;
  if (rules) {
    activity.sequencingRules = {
      preConditionRules: (rules.preConditionRules || []).map(toSequencingRule),
      exitConditionRules: (rules.exitConditionRules || []).map(toSequencingRule),
      postConditionRules: (rules.postConditionRules || []).map(toSequencingRule)
    };
  }
  if (sequencing.rollupRules && sequencing.rollupRules.rules) {
    activity.rollupRules = { rules: sequencing.rollupRules.rules.map(toRollupRule) };
  }
  const objectives = sequencing.objectives;
  if (objectives && objectives.primary) {
    activity.primaryObjective = toObjective(objectives.primary);
  }
  if (objectives && objectives.others) {
    activity.objectives = objectives.others.map(toObjective);
  }
}

function toSequencingRule(rule) {
  return {
    action: rule.action,
    conditionCombination: rule.conditionCombination || "all",
    conditions: (rule.conditions || []).map(function (condition) {
      const mapped = { condition: condition.condition };
      // The engine knows "not" and treats a missing operator as noOp.
      if (condition.operator === "not") {
        mapped.operator = "not";
      }
      if (condition.referencedObjective) {
        mapped.referencedObjective = condition.referencedObjective;
      }
      if (isPresent(condition.measureThreshold)) {
        mapped.parameters = { threshold: Number(condition.measureThreshold) };
      }
      return mapped;
    })
  };
}

function toRollupRule(rule) {
  const mapped = {
    action: rule.action,
    consideration: rule.childActivitySet || "all",
    conditionCombination: rule.conditionCombination || "any",
    conditions: (rule.conditions || []).map(function (condition) {
      return { condition: condition.condition, operator: condition.operator || "noOp" };
    })
  };
  copyFields(rule, mapped, ["minimumCount", "minimumPercent"]);
  return mapped;
}

function toObjective(objective) {
  const mapped = copyFields(objective, {}, ["objectiveID", "satisfiedByMeasure",
    "minNormalizedMeasure"]);
  mapped.mapInfo = (objective.mapInfo || []).map(function (info) {
    return copyFields(info, {}, ["targetObjectiveID", "readSatisfiedStatus",
      "readNormalizedMeasure", "writeSatisfiedStatus", "writeNormalizedMeasure"]);
  });
  return mapped;
}
