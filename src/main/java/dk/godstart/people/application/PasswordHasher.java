package dk.godstart.people.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512 at OWASP's recommended 210,000 iterations.
 * The parameters are stored inside each hash, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Checked when the user name is unknown, so that a miss costs as much time as a hit. */
  private String decoyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoyHash = pbkdf2.generate("decoy-password-that-nobody-has".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }

  /** Spends the time of one check and always fails. */
  public boolean spendTimeOfOneCheck(char[] password) {
    pbkdf2.verify(password, decoyHash);
    return false;
  }
}
