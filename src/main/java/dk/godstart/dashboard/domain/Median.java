package dk.godstart.dashboard.domain;

import java.util.Arrays;

/**
 * The median of whole numbers: the middle value, or the mean of the two middle ones. Empty input
 * has no median (null), so that "no data" never reads as 0 days.
 */
public final class Median {

  private Median() {}

  /**
   * The median of values given as counts (value to how many times it occurs), as the database
   * groups them.
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

  /** The median of the values spelt out (the counting above, in tests). */
  static Double of(long... values) {
    java.util.Map<Long, Long> counts = new java.util.HashMap<>();
    Arrays.stream(values).forEach(v -> counts.merge(v, 1L, Long::sum));
    return ofCounts(counts);
  }
}
