package dk.godstart.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Danish time, the one time zone of the platform: days are counted as the hires and their leaders
 * live them (today, a module's due day, the day of a completion, the dates a page prints), whatever
 * the zone of the server. Every feature takes it from here.
 */
public final class DanishTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private DanishTime() {}

  /** The Danish date of an instant. */
  public static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** Today's Danish date by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
