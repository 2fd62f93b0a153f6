package dk.godstart.catalog.domain.manifest;

/**
 * One {@code imsss:ruleCondition}: a test such as {@code satisfied} or {@code
 * objectiveMeasureGreaterThan}, optionally negated ({@code operator="not"}, default {@code noOp}),
 * on an objective (default the primary one when {@code referencedObjective} is null).
 */
public record RuleCondition(
    String referencedObjective, double measureThreshold, String operator, String condition) {}
