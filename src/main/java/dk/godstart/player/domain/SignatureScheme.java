package dk.godstart.player.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Signs text with a key held by the signer, for capabilities checked by the key alone: the
 * launcher's attempt tokens ({@link Signer}) and content addresses ({@link ContentSigner}).
 */
public interface SignatureScheme {

  /** The signature of the text, in unpadded URL-safe Base64. */
  String sign(String text);

  /** Compared in constant time, so the answer's timing tells nothing about the right signature. */
  default boolean verifies(String text, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(text).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }
}
