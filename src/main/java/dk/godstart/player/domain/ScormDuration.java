package dk.godstart.player.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spans as SCORM writes them: SCORM 2004's ISO 8601 durations ({@code PT1H2M3.5S}, also with
 * years, months and days) and SCORM 1.2's {@code HHHH:MM:SS.SS}. Years and months count as 365 and
 * 30 days, as the SCORM 2004 run-time environment book says an LMS may assume.
 */
public final class ScormDuration {

  private static final Pattern ISO =
      Pattern.compile(
          "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?"
              + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
  private static final Pattern TIMESPAN =
      Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?");

  private ScormDuration() {}

  /** A SCORM 2004 duration, or empty when the text is not one. */
  public static Optional<Duration> parseIso(String text) {
    if (text == null || text.equals("P") || text.endsWith("T")) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long days = number(m.group(1)) * 365 + number(m.group(2)) * 30 + number(m.group(3));
    Duration duration =
        Duration.ofDays(days).plusHours(number(m.group(4))).plusMinutes(number(m.group(5)));
    if (m.group(6) != null) {
      // Lenient about precision: SCOs send more decimals than the two the standard allows.
      duration = duration.plusMillis(new BigDecimal(m.group(6)).movePointRight(3).longValue());
    }
    return Optional.of(duration);
  }

  /** A SCORM 1.2 CMITimespan, or empty when the text is not one. */
  public static Optional<Duration> parseTimespan(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TIMESPAN.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(2)) > 59 || Integer.parseInt(m.group(3)) > 59) {
      return Optional.empty();
    }
    Duration duration =
        Duration.ofHours(Long.parseLong(m.group(1)))
            .plusMinutes(Long.parseLong(m.group(2)))
            .plusSeconds(Long.parseLong(m.group(3)));
    if (m.group(4) != null) {
      duration =
          duration.plusMillis(new BigDecimal("0" + m.group(4)).movePointRight(3).longValue());
    }
    return Optional.of(duration);
  }

  /** SCORM 2004 form, to hundredths of a second: {@code PT1H2M3.5S}. */
  public static String toIso(Duration duration) {
    long hundredths = duration.toMillis() / 10;
    long hours = hundredths / 360_000;
    long minutes = hundredths / 6_000 % 60;
    BigDecimal seconds = BigDecimal.valueOf(hundredths % 6_000, 2).stripTrailingZeros();
    return "PT" + hours + "H" + minutes + "M" + seconds.toPlainString() + "S";
  }

  /** SCORM 1.2 form: {@code 0001:02:03.50}. */
  public static String toTimespan(Duration duration) {
    long hundredths = duration.toMillis() / 10;
    return String.format(
        "%04d:%02d:%02d.%02d",
        Math.min(9999, hundredths / 360_000),
        hundredths / 6_000 % 60,
        hundredths / 100 % 60,
        hundredths % 100);
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
