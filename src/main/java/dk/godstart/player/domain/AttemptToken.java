package dk.godstart.player.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The launcher's right to commit to one attempt of one learner until a moment: {@code <attempt
 * id>.<learner id>.<expires>.<signature>}. It replaces the learner's session for the commits that
 * come from the content origin, so package code next to the launcher can at most write the attempt
 * it was opened in (as any SCO can), never act as the learner elsewhere. Because it is not an
 * ambient credential (the browser never sends it by itself), it needs no CSRF token.
 */
public record AttemptToken(long attemptId, long learnerId, long expires) {

  private static final Pattern FORM =
      Pattern.compile("[0-9]{1,19}\\.[0-9]{1,19}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{43}");

  public String value(Signer signer) {
    return signed() + "." + signer.sign(signed());
  }

  private String signed() {
    return attemptId + "." + learnerId + "." + expires;
  }

  /** The token's claims when it is well formed, signed with the key and not expired. */
  public static Optional<AttemptToken> check(String value, Signer signer, long nowEpochSeconds) {
    if (value == null || !FORM.matcher(value).matches()) {
      return Optional.empty();
    }
    String[] parts = value.split("\\.");
    AttemptToken token;
    try {
      token =
          new AttemptToken(
              Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (!signer.verifies(token.signed(), parts[3]) || token.expires < nowEpochSeconds) {
      return Optional.empty();
    }
    return Optional.of(token);
  }
}
