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

  static Double of(long... values) {
    return of(Arrays.stream(values));
  }
}
