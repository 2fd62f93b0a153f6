package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why a module is unlocked, as a kind and its parameters rather than a sentence, so that the page
 * can say it in Danish or English. {@code date} is the day the reason came true: the day the step
 * was reached, the day of a day rule, the day the module was completed or released, and for {@code
 * ALL} the day its last part came true. An any-of rule has no kind of its own: its reason is the
 * reason of the part that was met first.
 *
 * @param step the step code, for {@code STEP}
 * @param day the day number relative to the start date, for {@code DAY}
 * @param moduleId the completed module, for {@code MODULE}
 * @param parts the reasons of the parts in the rule's order, for {@code ALL}; empty otherwise
 */
public record Reason(
    Kind kind, String step, Integer day, LocalDate date, Long moduleId, List<Reason> parts) {

  public enum Kind {
    STEP,
    DAY,
    MODULE,
    RELEASE,
    ALL
  }

  public Reason {
    Objects.requireNonNull(kind, "kind");
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  public static Reason step(String stepCode, LocalDate reachedOn) {
    return new Reason(Kind.STEP, stepCode, null, reachedOn, null, List.of());
  }

  public static Reason day(int day, LocalDate date) {
    return new Reason(Kind.DAY, null, day, date, null, List.of());
  }

  public static Reason module(long moduleId, LocalDate completedOn) {
    return new Reason(Kind.MODULE, null, null, completedOn, moduleId, List.of());
  }

  public static Reason release(LocalDate releasedOn) {
    return new Reason(Kind.RELEASE, null, null, releasedOn, null, List.of());
  }

  public static Reason all(List<Reason> parts, LocalDate lastMetOn) {
    return new Reason(Kind.ALL, null, null, lastMetOn, null, parts);
  }
}
