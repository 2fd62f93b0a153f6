package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's verdict. Unlocked: since when, why, and the due date if the programme gives due days.
 * Locked: what it waits for, and {@code opensOn} when the date it will open is known (see {@link
 * RuleOutcome}). A module a mentor released outside the programme is unlocked, with reason {@code
 * RELEASE}, {@code required} false and {@code inProgramme} false.
 */
public record ModuleUnlock(
    long moduleId,
    boolean unlocked,
    LocalDate unlockedOn,
    Reason reason,
    List<WaitingFor> waitingFor,
    LocalDate opensOn,
    LocalDate dueOn,
    boolean required,
    boolean inProgramme) {

  public ModuleUnlock {
    waitingFor = waitingFor == null ? List.of() : List.copyOf(waitingFor);
    if (unlocked
        && (unlockedOn == null || reason == null || !waitingFor.isEmpty() || opensOn != null)) {
      throw new IllegalArgumentException(
          "An unlocked module has a date and a reason, and waits for nothing");
    }
    if (!unlocked && (unlockedOn != null || reason != null || dueOn != null)) {
      throw new IllegalArgumentException("A locked module has no unlock date, reason or due date");
    }
  }
}
