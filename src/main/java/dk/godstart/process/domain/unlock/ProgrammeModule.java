package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One module of a programme with its unlock rule.
 *
 * @param required whether the hire must take the module; reported, not a rule
 * @param dueDays days after unlocking by which the module should be completed (0 means the day it
 *     unlocks), or null for no due date
 */
public record ProgrammeModule(long moduleId, UnlockRule rule, boolean required, Integer dueDays) {

  /** Ten years: a longer due time is a typing error. */
  public static final int MAX_DUE_DAYS = 3650;

  public ProgrammeModule {
    Objects.requireNonNull(rule, "rule");
    if (dueDays != null && (dueDays < 0 || dueDays > MAX_DUE_DAYS)) {
      throw new IllegalArgumentException(
          "Due days must lie between 0 and " + MAX_DUE_DAYS + ", was " + dueDays);
    }
  }

  /** The due date of the module if it unlocked on {@code unlockedOn}; null without due days. */
  public LocalDate dueOn(LocalDate unlockedOn) {
    return dueDays == null ? null : unlockedOn.plusDays(dueDays);
  }
}
