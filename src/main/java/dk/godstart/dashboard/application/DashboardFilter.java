package dk.godstart.dashboard.application;

import dk.godstart.dashboard.domain.Period;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of every dashboard view, as they arrive in a page's URL or a REST call's query: an
 * org unit, a programme, and a period ({@code from} open by default, {@code to} today).
 */
public record DashboardFilter(Long unit, Long programme, LocalDate from, LocalDate to)
    implements java.io.Serializable {

  public Period period() {
    return new Period(from, to);
  }

  /** Parses the query parameters; blank means "not given". Bad values are a 422 with details. */
  public static DashboardFilter parse(
      String unit, String programme, String from, String to, LocalDate today) {
    List<Detail> problems = new ArrayList<>();
    Long unitId = id(unit, "unit", problems);
    Long programmeId = id(programme, "programme", problems);
    LocalDate fromDay = day(from, "from", problems);
    LocalDate toDay = day(to, "to", problems);
    if (toDay == null) {
      toDay = today;
    }
    if (problems.isEmpty() && fromDay != null && fromDay.isAfter(toDay)) {
      problems.add(Detail.of("dashboard.period-reversed", "from", fromDay, toDay));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
    return new DashboardFilter(unitId, programmeId, fromDay, toDay);
  }

  private static Long id(String value, String field, List<Detail> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(Detail.of("dashboard.bad-id", field, value));
    return null;
  }

  private static LocalDate day(String value, String field, List<Detail> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(Detail.of("dashboard.bad-date", field, value));
      return null;
    }
  }
}
