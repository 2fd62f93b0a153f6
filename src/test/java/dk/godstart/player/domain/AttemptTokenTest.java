package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttemptTokenTest {

  private static final long NOW = 1_800_000_000L;

  private static Signer signer(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return new Signer(key);
  }

  @Test
  void aTokenNamesItsAttemptAndLearnerUntilItExpires() {
    String value = new AttemptToken(17, 4, NOW + 60).value(signer(1));
    AttemptToken token = AttemptToken.check(value, signer(1), NOW).orElseThrow();
    assertEquals(17, token.attemptId());
    assertEquals(4, token.learnerId());
    assertTrue(AttemptToken.check(value, signer(1), NOW + 61).isEmpty());
  }

  @Test
  void aTokenForAnotherAttemptCannotBeMadeFromOne() {
    String value = new AttemptToken(17, 4, NOW + 60).value(signer(1));
    assertTrue(AttemptToken.check(value.replaceFirst("^17\\.", "18."), signer(1), NOW).isEmpty());
    assertTrue(AttemptToken.check(value, signer(2), NOW).isEmpty());
    assertTrue(AttemptToken.check("17.4.1", signer(1), NOW).isEmpty());
    assertTrue(AttemptToken.check(null, signer(1), NOW).isEmpty());
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Signer(new byte[16]));
  }
}
