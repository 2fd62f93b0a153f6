package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Opens the module on day {@code day} of the enrolment: the start date plus that many days. Day 0
 * is the start date; a negative day lies before it, for preboarding.
 */
public record DayReached(int day) implements UnlockRule {

  /** Ten years either side of the start date: anything further is a typing error. */
  public static final int MAX_DAYS = 3650;

  public DayReached {
    if (day < -MAX_DAYS || day > MAX_DAYS) {
      throw new IllegalArgumentException(
          "A day must lie within " + MAX_DAYS + " days of the start date, was " + day);
    }
  }

  @Override
  public RuleOutcome evaluate(EnrolmentFacts facts, long moduleId) {
    LocalDate date = facts.dateOfDay(day);
    return facts.today().isBefore(date)
        ? RuleOutcome.notMet(List.of(WaitingFor.day(date)), date)
        : RuleOutcome.met(date, Reason.day(day, date));
  }

  @Override
  public Set<Long> modulesRequired() {
    return Set.of();
  }
}
