package dk.godstart.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;

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

  public boolean isCompleted() {
    return completedOn != null;
  }

  /** A required module past its due date and still not completed. */
  public boolean isOverdueOn(LocalDate today) {
    return required && dueOn != null && dueOn.isBefore(today) && !isCompleted();
  }
}
