package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the evaluation knows about one enrolment, at one moment. The maps hold what has happened by
 * {@code today}; the evaluation takes them as they are. Null maps stand for nothing happened yet.
 *
 * @param stepsReached step code to the date the hire reached that step
 * @param modulesCompleted module id to the date the hire completed it
 * @param releases module id to the date a mentor released it for the hire
 */
public record EnrolmentFacts(
    LocalDate startDate,
    LocalDate today,
    Map<String, LocalDate> stepsReached,
    Map<Long, LocalDate> modulesCompleted,
    Map<Long, LocalDate> releases) {

  public EnrolmentFacts {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(today, "today");
    stepsReached = stepsReached == null ? Map.of() : Map.copyOf(stepsReached);
    modulesCompleted = modulesCompleted == null ? Map.of() : Map.copyOf(modulesCompleted);
    releases = releases == null ? Map.of() : Map.copyOf(releases);
  }

  /**
   * The date of day {@code day} of the enrolment: day 0 is the start date, day -1 the day before.
   */
  public LocalDate dateOfDay(int day) {
    return startDate.plusDays(day);
  }
}
