package dk.godstart.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them into a date field: the Danish way, day first ("1.12.2026",
 * "01-12-2026", "1/12-2026", "1/12 2026"), or the ISO form ("2026-12-01"), whatever the page's
 * language. Shown back in the page's language: "1.12.2026" on Danish pages, the unambiguous ISO
 * form on English ones (an English "1/12/2026" means another day in America).
 */
public final class DateText {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*[./\\s-]\\s*(\\d{4})");

  private DateText() {}

  /** The date the text names; empty when it names none (also "31.2.2026"). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String typed = text.strip();
    Matcher iso = ISO.matcher(typed);
    if (iso.matches()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher dayFirst = DAY_FIRST.matcher(typed);
    if (dayFirst.matches()) {
      return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The date as the page shows it; see {@link #pattern(Locale)}. */
  public static String format(LocalDate date, Locale page) {
    return date == null ? "" : DateTimeFormatter.ofPattern(pattern(page)).format(date);
  }

  /**
   * The pattern of a date shown in a field of a page in this language, for the date picker's own
   * formatting too (Java's letters, which PrimeFaces' date picker reads).
   */
  public static String pattern(Locale page) {
    return "en".equals(page.getLanguage()) ? "yyyy-MM-dd" : "d.M.yyyy";
  }
}
