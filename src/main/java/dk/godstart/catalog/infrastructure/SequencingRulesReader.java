package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.manifest.RollupCondition;
import dk.godstart.catalog.domain.manifest.RollupRule;
import dk.godstart.catalog.domain.manifest.RollupRules;
import dk.godstart.catalog.domain.manifest.RuleCondition;
import dk.godstart.catalog.domain.manifest.SequencingRule;
import dk.godstart.catalog.domain.manifest.SequencingRules;
import java.util.List;

/** Reads {@code imsss:sequencingRules} and {@code imsss:rollupRules}, with the spec's defaults. */
final class SequencingRulesReader {

  private SequencingRulesReader() {}

  static SequencingRules sequencingRules(XmlElement e) {
    if (e == null) {
      return SequencingRules.none();
    }
    return new SequencingRules(
        rules(e, "preConditionRule"), rules(e, "exitConditionRule"), rules(e, "postConditionRule"));
  }

  private static List<SequencingRule> rules(XmlElement rules, String kind) {
    return rules.children(kind).stream().map(SequencingRulesReader::rule).toList();
  }

  private static SequencingRule rule(XmlElement rule) {
    XmlElement conditions = rule.child("ruleConditions");
    XmlElement action = rule.child("ruleAction");
    List<RuleCondition> list =
        conditions == null
            ? List.of()
            : conditions.children("ruleCondition").stream()
                .map(
                    c ->
                        new RuleCondition(
                            c.attribute("referencedObjective"),
                            c.decimal("measureThreshold", 0.0),
                            c.string("operator", "noOp"),
                            c.attribute("condition")))
                .toList();
    return new SequencingRule(
        conditions == null ? "all" : conditions.string("conditionCombination", "all"),
        list,
        action == null ? null : action.attribute("action"));
  }

  static RollupRules rollupRules(XmlElement e) {
    if (e == null) {
      return RollupRules.defaults();
    }
    return new RollupRules(
        e.bool("rollupObjectiveSatisfied", true),
        e.bool("rollupProgressCompletion", true),
        e.decimal("objectiveMeasureWeight", 1.0),
        e.children("rollupRule").stream().map(SequencingRulesReader::rollupRule).toList());
  }

  private static RollupRule rollupRule(XmlElement rule) {
    XmlElement conditions = rule.child("rollupConditions");
    XmlElement action = rule.child("rollupAction");
    List<RollupCondition> list =
        conditions == null
            ? List.of()
            : conditions.children("rollupCondition").stream()
                .map(
                    c ->
                        new RollupCondition(c.string("operator", "noOp"), c.attribute("condition")))
                .toList();
    return new RollupRule(
        rule.string("childActivitySet", "all"),
        rule.integer("minimumCount", 0),
        rule.decimal("minimumPercent", 0.0),
        conditions == null ? "any" : conditions.string("conditionCombination", "any"),
        list,
        action == null ? null : action.attribute("action"));
  }
}
