package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a locked module waits for: a step (its code), a day (its date), a module to be
 * completed (its id) or a mentor's release (no parameter).
 */
public record WaitingFor(Type type, String step, LocalDate date, Long moduleId) {

  public enum Type {
    STEP,
    DAY,
    MODULE,
    RELEASE
  }

  public WaitingFor {
    Objects.requireNonNull(type, "type");
  }

  public static WaitingFor step(String stepCode) {
    return new WaitingFor(Type.STEP, stepCode, null, null);
  }

  public static WaitingFor day(LocalDate date) {
    return new WaitingFor(Type.DAY, null, date, null);
  }

  public static WaitingFor module(long moduleId) {
    return new WaitingFor(Type.MODULE, null, null, moduleId);
  }

  public static WaitingFor release() {
    return new WaitingFor(Type.RELEASE, null, null, null);
  }
}
