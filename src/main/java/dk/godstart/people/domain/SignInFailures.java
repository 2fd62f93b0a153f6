package dk.godstart.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins for one typed user name. Ten failures in a row lock the name for fifteen
 * minutes; while locked, even the right password is refused. A successful sign-in forgets the
 * failures.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

  public static final int MAX_FAILURES = 10;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Id
  @Column(length = 100)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SignInFailures() {}

  public SignInFailures(String username, Instant now) {
    this.username = Account.normalise(username);
    this.lastFailureAt = now;
  }

  public String username() {
    return username;
  }

  public int failures() {
    return failures;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts one more failure; the tenth locks the name. A failure while locked changes nothing. */
  public void recordFailure(Instant now) {
    if (isLockedAt(now)) {
      return;
    }
    if (lockedUntil != null) {
      // The previous lock has expired: start counting afresh.
      lockedUntil = null;
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK_DURATION);
    }
  }
}
