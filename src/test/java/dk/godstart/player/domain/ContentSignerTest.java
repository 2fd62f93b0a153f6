package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentSignerTest {

  private static final String TEXT = "0f8fad5b-d9cb-469f-a165-70867728950e/l42/1800003600";

  private static ContentSigner signer(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return new ContentSigner(key);
  }

  @Test
  void signsAsNginxSecureLinkChecks() {
    // Computed independently, as nginx's documentation of secure_link_md5 does it:
    // echo -n "<text> AQEB...AQE=" | openssl md5 -binary | openssl base64 | tr +/ -_ | tr -d =
    assertEquals("B9Vq8jdf3nppAryJNHxkBg", signer(1).sign(TEXT));
  }

  @Test
  void verifiesItsOwnSignatureOnlyForTheSameTextAndKey() {
    String signature = signer(1).sign(TEXT);
    assertTrue(signer(1).verifies(TEXT, signature));
    assertFalse(signer(2).verifies(TEXT, signature));
    assertFalse(signer(1).verifies(TEXT.replace("l42", "l43"), signature));
    assertFalse(signer(1).verifies(TEXT, signature.substring(1)));
    assertFalse(signer(1).verifies(TEXT, null));
  }

  @Test
  void refusesAShortKey() {
    assertThrows(IllegalArgumentException.class, () -> new ContentSigner(new byte[16]));
  }
}
