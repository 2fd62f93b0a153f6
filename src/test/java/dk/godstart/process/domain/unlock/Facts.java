package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds enrolment facts in day numbers relative to one start date, as the rules count them. */
final class Facts {

  static final LocalDate START = LocalDate.of(2027, 2, 1);

  private final LocalDate today;
  private final Map<String, LocalDate> steps = new HashMap<>();
  private final Map<Long, LocalDate> completed = new HashMap<>();
  private final Map<Long, LocalDate> releases = new HashMap<>();

  private Facts(LocalDate today) {
    this.today = today;
  }

  /** Facts as they stand on day {@code n} of the enrolment (0 is the start date). */
  static Facts onDay(int n) {
    return new Facts(day(n));
  }

  static LocalDate day(int n) {
    return START.plusDays(n);
  }

  Facts stepReached(String stepCode, int onDay) {
    steps.put(stepCode, day(onDay));
    return this;
  }

  Facts completed(long moduleId, int onDay) {
    completed.put(moduleId, day(onDay));
    return this;
  }

  Facts released(long moduleId, int onDay) {
    releases.put(moduleId, day(onDay));
    return this;
  }

  EnrolmentFacts build() {
    return new EnrolmentFacts(START, today, steps, completed, releases);
  }
}
