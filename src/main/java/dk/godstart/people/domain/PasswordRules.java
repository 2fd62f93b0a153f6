package dk.godstart.people.domain;

import dk.godstart.kernel.Detail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a password a person chooses must be. Following NIST SP 800-63B: long enough, no composition
 * rules (they make passwords worse, not stronger), not the user name, and typed the same twice. The
 * upper bound only keeps a request from spending the hash's time on megabytes.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordRules() {}

  /** What is wrong with the chosen password; empty when it may be used. */
  public static List<Detail> problems(String username, char[] password, char[] repeated) {
    List<Detail> problems = new ArrayList<>();
    if (password == null || password.length == 0) {
      problems.add(Detail.of("field.required", "password"));
      return problems;
    }
    int length = String.valueOf(password).codePointCount(0, password.length);
    if (length < MIN_LENGTH) {
      problems.add(Detail.of("password.too-short", "password", MIN_LENGTH));
    } else if (length > MAX_LENGTH) {
      problems.add(Detail.of("password.too-long", "password", MAX_LENGTH));
    } else if (containsUsername(username, password)) {
      problems.add(Detail.of("password.contains-username", "password"));
    }
    if (repeated == null || !Arrays.equals(password, repeated)) {
      problems.add(Detail.of("password.not-repeated", "passwordRepeated"));
    }
    return problems;
  }

  private static boolean containsUsername(String username, char[] password) {
    String name = Account.normalise(username);
    return name.length() >= 3 && String.valueOf(password).toLowerCase(Locale.ROOT).contains(name);
  }
}
