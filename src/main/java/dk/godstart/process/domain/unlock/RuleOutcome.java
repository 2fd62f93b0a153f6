package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule's verdict. Met: since when (as far as the facts tell) and why. Not met: what it waits for,
 * and {@code opensOn}, the date by which the rule will hold through the passing of days alone, when
 * that is known (a day rule, or a combination whose outstanding parts are dated); null otherwise.
 * An any-of rule may open earlier than {@code opensOn} if one of its other parts is met first.
 */
public record RuleOutcome(
    boolean met, LocalDate metOn, Reason reason, List<WaitingFor> waitingFor, LocalDate opensOn) {

  public RuleOutcome {
    waitingFor = waitingFor == null ? List.of() : List.copyOf(waitingFor);
    if (met && (metOn == null || reason == null || !waitingFor.isEmpty() || opensOn != null)) {
      throw new IllegalArgumentException(
          "A met rule has a date and a reason, and waits for nothing");
    }
    if (!met && (metOn != null || reason != null || waitingFor.isEmpty())) {
      throw new IllegalArgumentException("A rule not met waits for something and has no reason");
    }
  }

  public static RuleOutcome met(LocalDate metOn, Reason reason) {
    return new RuleOutcome(true, metOn, reason, List.of(), null);
  }

  public static RuleOutcome notMet(List<WaitingFor> waitingFor, LocalDate opensOn) {
    return new RuleOutcome(false, null, null, waitingFor, opensOn);
  }

  /** Not met, waiting for one thing that no date can be given for. */
  public static RuleOutcome waitingFor(WaitingFor wait) {
    return notMet(List.of(wait), null);
  }
}
