package dk.godstart.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

  private static SignInFailures afterFailures(int count) {
    SignInFailures failures = new SignInFailures("Nyansat ", NOON);
    for (int i = 0; i < count; i++) {
      failures.recordFailure(NOON.plusSeconds(i));
    }
    return failures;
  }

  @Test
  void nineFailuresDoNotLock() {
    assertFalse(afterFailures(9).isLockedAt(NOON.plusSeconds(10)));
  }

  @Test
  void theTenthFailureLocksForFifteenMinutes() {
    SignInFailures failures = afterFailures(10);
    Instant tenth = NOON.plusSeconds(9);
    assertTrue(failures.isLockedAt(tenth));
    assertTrue(failures.isLockedAt(tenth.plus(Duration.ofMinutes(15)).minusMillis(1)));
    assertFalse(failures.isLockedAt(tenth.plus(Duration.ofMinutes(15))));
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    SignInFailures failures = afterFailures(10);
    Instant tenth = NOON.plusSeconds(9);
    failures.recordFailure(tenth.plus(Duration.ofMinutes(14)));
    assertFalse(failures.isLockedAt(tenth.plus(Duration.ofMinutes(15))));
  }

  @Test
  void countingStartsAfreshWhenTheLockHasExpired() {
    SignInFailures failures = afterFailures(10);
    failures.recordFailure(NOON.plus(Duration.ofMinutes(20)));
    assertEquals(1, failures.failures());
    assertFalse(failures.isLockedAt(NOON.plus(Duration.ofMinutes(20))));
  }

  @Test
  void userNamesAreCountedWithoutRegardToCaseOrSpaces() {
    assertEquals("nyansat", afterFailures(1).username());
  }
}
