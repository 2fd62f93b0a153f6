package dk.godstart.dashboard.domain;

/**
 * A part of a whole as a fraction between 0 and 1, rounded to four decimals; nothing of nothing is
 * no share at all (null), never 0 % or 100 %.
 */
public final class Share {

  private Share() {}

  public static Double of(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return Math.round(part * 10_000.0 / whole) / 10_000.0;
  }
}
