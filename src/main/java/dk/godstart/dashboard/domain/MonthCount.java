package dk.godstart.dashboard.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Modules completed per calendar month of the period (the overview's chart): every month from the
 * period's start (or the first completion, when the period is open) to its end, empty months
 * included so the line does not skip them; at most the last 36 months.
 */
public record MonthCount(YearMonth month, long completed) {

  static final int MAX_MONTHS = 36;

  /** The months of the period, from completions already counted per month (within the period). */
  public static List<MonthCount> ofCounts(Map<YearMonth, Long> completions, Period period) {
    TreeMap<YearMonth, Long> counts = new TreeMap<>(completions);
    YearMonth last = YearMonth.from(period.to());
    YearMonth first =
        period.from() != null
            ? YearMonth.from(period.from())
            : counts.isEmpty() ? last : counts.firstKey();
    if (first.isBefore(last.minusMonths(MAX_MONTHS - 1))) {
      first = last.minusMonths(MAX_MONTHS - 1);
    }
    List<MonthCount> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(new MonthCount(m, counts.getOrDefault(m, 0L)));
    }
    return months;
  }
}
