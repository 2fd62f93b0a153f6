package dk.godstart.player.domain;

import java.math.BigDecimal;

/**
 * What the manifest asks of a SCO: SCORM 1.2's mastery score (0-100), SCORM 2004's scaled passing
 * score and completion threshold (0-1). Null when the manifest says nothing.
 */
public record ScoRequirements(
    BigDecimal masteryScore, BigDecimal scaledPassingScore, BigDecimal completionThreshold) {

  public static final ScoRequirements NONE = new ScoRequirements(null, null, null);
}
