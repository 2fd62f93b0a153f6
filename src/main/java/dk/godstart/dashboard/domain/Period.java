package dk.godstart.dashboard.domain;

import java.time.LocalDate;

/**
 * The period a dashboard looks at, both ends included; {@code from} may be open (since the
 * beginning). A hire belongs to a period when their enrolment overlaps it.
 */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    if (to == null) {
      throw new IllegalArgumentException("a period ends");
    }
    if (from != null && from.isAfter(to)) {
      throw new IllegalArgumentException("a period starts before it ends");
    }
  }

  public boolean contains(LocalDate day) {
    return day != null && (from == null || !day.isBefore(from)) && !day.isAfter(to);
  }

  /** Whether an enrolment that ran from {@code start} to {@code end} (open: null) overlaps. */
  public boolean overlaps(LocalDate start, LocalDate end) {
    return !start.isAfter(to) && (end == null || from == null || !end.isBefore(from));
  }
}
