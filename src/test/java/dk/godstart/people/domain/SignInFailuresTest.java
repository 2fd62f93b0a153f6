package dk.godstart.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

  private static final Instant NOON = Instant.parse("2026-11-02T12:00:00Z");

  /** {@code count} failures, each at the first moment the previous wait allowed. */
  private static SignInFailures afterFailures(int count) {
    SignInFailures failures = new SignInFailures("Nyansat ", "10.0.0.7", NOON);
    Instant at = NOON;
    for (int i = 0; i < count; i++) {
      at = at.plus(failures.waitAt(at));
      failures.recordFailure(at);
    }
    return failures;
  }

  @Test
  void theFirstFiveFailuresCostNoWait() {
    assertEquals(Duration.ZERO, afterFailures(5).waitAt(NOON));
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
    assertEquals(Duration.ofSeconds(2), SignInFailures.waitAfter(6));
    assertEquals(Duration.ofSeconds(4), SignInFailures.waitAfter(7));
    assertEquals(Duration.ofSeconds(8), SignInFailures.waitAfter(8));
    assertEquals(Duration.ofMinutes(15), SignInFailures.waitAfter(16));
    assertEquals(Duration.ofMinutes(15), SignInFailures.waitAfter(1_000));
  }

  @Test
  void theSixthFailureMakesTheClientWaitTwoSeconds() {
    SignInFailures failures = afterFailures(6);
    assertEquals(6, failures.failures());
    assertTrue(failures.waitAt(NOON).compareTo(Duration.ofSeconds(2)) <= 0);
    assertTrue(failures.waitAt(NOON).compareTo(Duration.ZERO) > 0);
  }

  @Test
  void triesDuringAWaitAreNotCountedAndDoNotLengthenIt() {
    SignInFailures failures = afterFailures(6);
    Duration before = failures.waitAt(NOON);

    failures.recordFailure(NOON);
    failures.recordFailure(NOON);

    assertEquals(6, failures.failures());
    assertEquals(before, failures.waitAt(NOON));
  }

  @Test
  void theWaitEndsSoTheRealUserIsNeverLockedOut() {
    SignInFailures failures = afterFailures(30);
    assertEquals(Duration.ZERO, failures.waitAt(NOON.plus(Duration.ofDays(1))));
  }

  @Test
  void aQuietDayForgetsTheFailures() {
    SignInFailures failures = afterFailures(8);

    failures.recordFailure(NOON.plus(Duration.ofDays(3)));

    assertEquals(1, failures.failures());
    assertEquals(Duration.ZERO, failures.waitAt(NOON.plus(Duration.ofDays(3))));
  }

  @Test
  void theSameNameFromAnotherAddressIsCountedApart() {
    assertNotEquals(
        SignInFailures.key("nyansat", "10.0.0.7"), SignInFailures.key("nyansat", "10.0.0.8"));
    assertEquals(
        SignInFailures.key(" NyAnsat ", "10.0.0.7"), SignInFailures.key("nyansat", "10.0.0.7"));
  }
}
