package dk.godstart.dashboard.domain;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * The median of whole numbers: the middle value, or the mean of the two middle ones. Empty input
 * has no median (null), so that "no data" never reads as 0 days.
 */
public final class Median {

  private Median() {}

  public static Double of(LongStream values) {
    long[] sorted = values.sorted().toArray();
    if (sorted.length == 0) {
      return null;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1
        ? (double) sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }

  /**
   * The median of values given as counts (value to how many times it occurs), as the database
   * groups them: the same middle value(s) as {@link #of(LongStream)} over the values spelt out.
   */
  public static Double ofCounts(java.util.Map<Long, Long> counts) {
    java.util.SortedMap<Long, Long> sorted = new java.util.TreeMap<>(counts);
    long n = sorted.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long lower = nth(sorted, (n - 1) / 2);
    long upper = nth(sorted, n / 2);
    return lower == upper ? (double) lower : (lower + upper) / 2.0;
  }

  /** The value at index {@code i} (from 0) of the sorted values the counts spell out. */
  private static long nth(java.util.SortedMap<Long, Long> counts, long i) {
    long seen = 0;
    for (var e : counts.entrySet()) {
      seen += e.getValue();
      if (i < seen) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("index beyond the values");
  }

  static Double of(long... values) {
    return of(Arrays.stream(values));
  }
}
