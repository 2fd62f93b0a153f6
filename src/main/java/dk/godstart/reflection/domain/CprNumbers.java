package dk.godstart.reflection.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses text that looks like a Danish CPR number: six digits that make a date (DDMMYY), an
 * optional dash or space, and four digits, not part of a longer number. Godstart never stores one
 * (the tavshedspligt module tells hires never to write one); a false alarm costs the hire a
 * rewording, a miss costs a citizen their privacy, so the date check is the only leniency (no
 * modulus 11: numbers issued since 2007 need not pass it).
 */
public final class CprNumbers {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![\\d])(\\d{2})(\\d{2})(\\d{2})[- ]?(\\d{4})(?![\\d])");

  private CprNumbers() {}

  public static boolean appearIn(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      if (isDate(m.group(1), m.group(2), m.group(3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDate(String day, String month, String year) {
    try {
      // A leap day is a date in some century, so test a leap year's calendar for 29 February.
      int y = Integer.parseInt(year);
      LocalDate.of(
          y == 0 || y % 4 == 0 ? 2000 + y : 1900 + y,
          Integer.parseInt(month),
          Integer.parseInt(day));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
