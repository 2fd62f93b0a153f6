package dk.godstart.player.domain;

import java.math.BigDecimal;

/**
 * The few data model elements the LMS itself acts on, read from a SCO's CMI data. For SCORM 1.2
 * {@code completionStatus} holds {@code cmi.core.lesson_status} and {@code successStatus} is null;
 * the rest map one to one.
 */
public record CmiValues(
    String completionStatus,
    String successStatus,
    BigDecimal scoreRaw,
    BigDecimal scoreMin,
    BigDecimal scoreMax,
    BigDecimal scoreScaled,
    BigDecimal progressMeasure,
    String location,
    String exit,
    String sessionTime) {

  public static final CmiValues NONE =
      new CmiValues(null, null, null, null, null, null, null, null, null, null);
}
