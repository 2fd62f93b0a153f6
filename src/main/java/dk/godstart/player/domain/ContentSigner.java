package dk.godstart.player.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The signatures of content addresses, in the form that nginx's {@code secure_link} module checks
 * natively: Base64url (unpadded) of MD5(signed text, a space, the content key's Base64 text). With
 * it the production content origin checks an address in nginx's own C code, as fast as serving the
 * file without any check (bench/content.sh); an HMAC would have to be computed by nginx's
 * JavaScript module, which costs a third more processor time per file.
 *
 * <p>Why MD5 is good enough here, and only here: the key is a secret suffix of 32 random bytes, so
 * neither a length extension nor a key search applies; MD5's practical weakness is collisions,
 * which help forge a signature only for a text the attacker chose and had signed, and Godstart
 * signs texts it composes itself (a package's storage key, a person's number, an expiry). What such
 * an address grants is reading one package's files for some hours. The attempt tokens, which write,
 * are HMAC-SHA256 under another key that the web server never holds ({@link Signer}).
 */
public final class ContentSigner implements SignatureScheme {

  private final String secret;
  // A MessageDigest is not thread-safe; one per thread instead of one per request.
  private final ThreadLocal<MessageDigest> digests =
      ThreadLocal.withInitial(ContentSigner::newDigest);

  public ContentSigner(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("a signing key needs at least 32 bytes");
    }
    // The web server is given the key as this very text (GODSTART_CONTENT_KEY).
    this.secret = " " + Base64.getEncoder().encodeToString(key);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String sign(String text) {
    byte[] digest = digests.get().digest((text + secret).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }
}
