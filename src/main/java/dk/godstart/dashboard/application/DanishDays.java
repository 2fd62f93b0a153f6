package dk.godstart.dashboard.application;

import dk.godstart.kernel.DanishTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Danish calendar days in the dashboards' SQL. The embedded MariaDB has no time-zone tables, so
 * {@code CONVERT_TZ(x, 'UTC', 'Europe/Copenhagen')} is not available; Java's zone rules stay the
 * one source of Danish time instead:
 *
 * <ul>
 *   <li>A day's bounds are instants computed here and passed as parameters ({@link #startOf}), so a
 *       condition such as "completed within the period" walks the stored values as they are.
 *   <li>Where each row's own Danish date is needed (days from unlock to completion, the month of a
 *       completion), {@link #date} shifts the stored value by the offset of its time: a {@code
 *       CASE} over the zone's transitions, newest first (recent rows match within a few tests).
 *   <li>Triggers, which have no Java, find the shift in the table {@code danish_time_shift}, which
 *       {@link DashboardTallies} writes from {@link #shifts} at start-up (V23's {@code
 *       danish_day}).
 * </ul>
 *
 * A {@code DATETIME} holds the wall time of the JVM's default zone (the driver's conversion of a
 * {@link Timestamp}), so the shift is Danish time's offset minus that zone's, at that instant.
 */
final class DanishDays {

  /** Transitions before this year are ignored: older values take the oldest offset. */
  private static final int FIRST_YEAR = 1996;

  private static final DateTimeFormatter LITERAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private DanishDays() {}

  /** The first instant of a Danish day, as a parameter compared with stored times. */
  static Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(DanishTime.ZONE).toInstant());
  }

  /** The Danish calendar date of the stored time in {@code column}, as SQL (null stays null). */
  static String date(String column) {
    return "DATE(" + column + " + INTERVAL " + shift(column, ZoneId.systemDefault()) + " SECOND)";
  }

  /** The seconds to add to the stored wall time of {@code zone} to get Danish wall time. */
  static String shift(String column, ZoneId zone) {
    List<Shift> shifts = shifts(zone, Instant.now().plusSeconds(3L * 366 * 24 * 3600));
    if (shifts.size() == 1) {
      return String.valueOf(shifts.get(0).seconds());
    }
    List<String> cases = new ArrayList<>();
    for (int i = shifts.size() - 1; i > 0; i--) { // newest first: recent rows match soonest
      Shift shift = shifts.get(i);
      cases.add(
          " WHEN "
              + column
              + " >= TIMESTAMP'"
              + shift.storedFrom().format(LITERAL)
              + "' THEN "
              + shift.seconds());
    }
    return "(CASE" + String.join("", cases) + " ELSE " + shifts.get(0).seconds() + " END)";
  }

  /**
   * From a stored wall time of the JVM's zone on, the seconds to add to it to get Danish wall time
   * (until the next shift).
   */
  record Shift(LocalDateTime storedFrom, int seconds) {}

  /**
   * The shifts of stored wall times of {@code zone}, oldest first, up to {@code last}: the first
   * holds for every older value (from 1970 on: no stored time is older), the others from each
   * change of either zone's offset since {@value #FIRST_YEAR}.
   */
  static List<Shift> shifts(ZoneId zone, Instant last) {
    ZoneRules danish = DanishTime.ZONE.getRules();
    ZoneRules stored = zone.getRules();
    Instant first = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    TreeSet<Instant> changes = new TreeSet<>();
    for (ZoneRules rules : List.of(danish, stored)) {
      for (ZoneOffsetTransition t = rules.nextTransition(first);
          t != null && t.getInstant().isBefore(last);
          t = rules.nextTransition(t.getInstant())) {
        changes.add(t.getInstant());
      }
    }
    List<Shift> shifts = new ArrayList<>();
    shifts.add(new Shift(LocalDateTime.of(1970, 1, 1, 0, 0), seconds(danish, stored, first)));
    for (Instant change : changes) {
      shifts.add(new Shift(LocalDateTime.ofInstant(change, zone), seconds(danish, stored, change)));
    }
    return shifts;
  }

  private static int seconds(ZoneRules danish, ZoneRules stored, Instant at) {
    return danish.getOffset(at).getTotalSeconds() - stored.getOffset(at).getTotalSeconds();
  }
}
