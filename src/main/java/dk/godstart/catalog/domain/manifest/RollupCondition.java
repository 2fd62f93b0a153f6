package dk.godstart.catalog.domain.manifest;

/** One {@code imsss:rollupCondition}, optionally negated ({@code operator="not"}). */
public record RollupCondition(String operator, String condition) {}
