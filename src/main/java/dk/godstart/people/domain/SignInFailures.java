package dk.godstart.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins for one typed user name from one client address. The first {@value
 * #FREE_FAILURES} failures cost nothing; each further one makes that address wait before it may try
 * that name again, twice as long each time up to {@link #LONGEST_WAIT}. Nobody is locked out: the
 * real user signs in from their own address as usual, and after the wait even from this one. A
 * successful sign-in forgets the failures; a quiet {@link #FORGOTTEN_AFTER} does too.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInFailures {

  public static final int FREE_FAILURES = 5;
  public static final Duration FIRST_WAIT = Duration.ofSeconds(2);
  public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  public static final Duration FORGOTTEN_AFTER = Duration.ofHours(24);

  /** The typed user name (normalised) and the client address, e.g. {@code "nyansat 10.0.0.7"}. */
  @Id
  @Column(name = "throttle_key", length = 200)
  private String key;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "wait_until")
  private Instant waitUntil;

  protected SignInFailures() {}

  public SignInFailures(String username, String client, Instant now) {
    this.key = key(username, client);
    this.lastFailureAt = now;
  }

  /** The key of a (user name, client address) pair; the name is normalised, so case is ignored. */
  public static String key(String username, String client) {
    String name = Account.normalise(username);
    String address = client == null ? "" : client.strip();
    return (name.length() > 100 ? name.substring(0, 100) : name)
        + " "
        + (address.length() > 99 ? address.substring(0, 99) : address);
  }

  public int failures() {
    return failures;
  }

  /** How long this pair must still wait before its next try is looked at; zero when it may try. */
  public Duration waitAt(Instant now) {
    return waitUntil == null || !now.isBefore(waitUntil)
        ? Duration.ZERO
        : Duration.between(now, waitUntil);
  }

  /**
   * Counts one more failure and sets the wait that follows it. A try during a wait is refused
   * unlooked-at and changes nothing, so hammering does not lengthen the wait of a real user either.
   */
  public void recordFailure(Instant now) {
    if (!waitAt(now).isZero()) {
      return;
    }
    if (lastFailureAt != null && now.isAfter(lastFailureAt.plus(FORGOTTEN_AFTER))) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    waitUntil = failures > FREE_FAILURES ? now.plus(waitAfter(failures)) : null;
  }

  /** The wait after the {@code n}th failure: 2 s after the sixth, doubling, at most 15 minutes. */
  static Duration waitAfter(int failures) {
    int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
