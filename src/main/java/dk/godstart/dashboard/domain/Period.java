package dk.godstart.dashboard.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

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

  /**
   * The part of the period made of whole calendar months (open at the start when the period is), or
   * none when it covers no month whole: what a count kept per month can answer alone.
   */
  public Optional<Period> wholeMonths() {
    LocalDate first =
        from == null || from.getDayOfMonth() == 1
            ? from
            : YearMonth.from(from).plusMonths(1).atDay(1);
    LocalDate last =
        to.equals(YearMonth.from(to).atEndOfMonth())
            ? to
            : YearMonth.from(to).minusMonths(1).atEndOfMonth();
    return first != null && first.isAfter(last)
        ? Optional.empty()
        : Optional.of(new Period(first, last));
  }
}
