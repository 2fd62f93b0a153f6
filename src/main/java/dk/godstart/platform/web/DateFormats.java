package dk.godstart.platform.web;

import dk.godstart.kernel.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times on the pages, in Danish time and the page's language: {@code
 * #{dates.dateTime(token.issuedAt())}}. Instants are stored in UTC; people read local time.
 */
@Named("dates")
@ApplicationScoped
public class DateFormats {

  @Inject Clock clock;

  /** Today in Danish time: what "overdue" is measured against. */
  public LocalDate getToday() {
    return DanishTime.today(clock);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(DanishTime.ZONE)
            .format(instant);
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("da")
        : faces.getViewRoot().getLocale();
  }
}
