package dk.godstart.player.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures in URL-safe Base64, for the capabilities the player hands out. Checking a
 * signature needs the key only: no database, no session.
 */
public final class Signer implements SignatureScheme {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  // A Mac is not thread-safe, and making one per request costs more than the signature itself.
  private final ThreadLocal<Mac> macs;

  public Signer(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("a signing key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String sign(String text) {
    byte[] digest = macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }
}
