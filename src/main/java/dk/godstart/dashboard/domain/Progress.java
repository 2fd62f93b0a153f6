package dk.godstart.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * How far one hire got with one module that was unlocked for them: when it opened (and whether a
 * mentor released it before its rule did), when it was due, when it was first completed, the hire's
 * last activity in it and their best score, if the module scores at all.
 */
public record Progress(
    long enrollmentId,
    long moduleId,
    boolean required,
    LocalDate unlockedOn,
    LocalDate dueOn,
    boolean released,
    LocalDate completedOn,
    Instant lastActivity,
    Double bestScore) {

  /** Days are counted in Danish time, as the hire lives them. */
  public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  public boolean isCompleted() {
    return completedOn != null;
  }

  /**
   * Whole days from unlock to first completion; a module completed before its unlock was recorded
   * (taken in preview, or released the same day) counts as 0, never negative.
   */
  public OptionalLong daysToComplete() {
    if (completedOn == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(unlockedOn, completedOn)));
  }

  /** A required module with a due date on or before {@code today}: it should be done by now. */
  public boolean isDueBy(LocalDate today) {
    return required && dueOn != null && !dueOn.isAfter(today);
  }

  /** A required module past its due date and still not completed. */
  public boolean isOverdueOn(LocalDate today) {
    return required && dueOn != null && dueOn.isBefore(today) && !isCompleted();
  }

  /**
   * An open module nobody touched for {@code days} days: the last activity in it, or its unlock if
   * the hire never opened it, is that long ago.
   */
  public boolean isStalledOn(LocalDate today, int days) {
    if (isCompleted()) {
      return false;
    }
    LocalDate touched =
        lastActivity == null ? unlockedOn : LocalDate.ofInstant(lastActivity, DANISH_TIME);
    return !touched.isAfter(today.minusDays(days));
  }
}
