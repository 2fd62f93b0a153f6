package dk.godstart.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private static List<String> codes(String username, String password, String repeated) {
    return PasswordRules.problems(
            username,
            password == null ? null : password.toCharArray(),
            repeated == null ? null : repeated.toCharArray())
        .stream()
        .map(Detail::code)
        .toList();
  }

  @Test
  void aLongEnoughPasswordTypedTwiceIsAccepted() {
    assertEquals(List.of(), codes("sofie", "en lang sætning", "en lang sætning"));
  }

  @Test
  void tenCharactersAreEnoughAndNineAreNot() {
    assertEquals(List.of(), codes("sofie", "0123456789", "0123456789"));
    assertEquals(List.of("password.too-short"), codes("sofie", "012345678", "012345678"));
  }

  @Test
  void noCompositionRulesAreImposed() {
    assertEquals(List.of(), codes("sofie", "kun små bogstaver", "kun små bogstaver"));
  }

  @Test
  void anEmptyPasswordIsRequired() {
    assertEquals(List.of("field.required"), codes("sofie", "", ""));
    assertEquals(List.of("field.required"), codes("sofie", null, null));
  }

  @Test
  void aPasswordMustBeTypedTheSameTwice() {
    assertEquals(List.of("password.not-repeated"), codes("sofie", "0123456789", "0123456780"));
    assertEquals(List.of("password.not-repeated"), codes("sofie", "0123456789", null));
  }

  @Test
  void aPasswordMayNotContainTheUserNameInAnyCase() {
    assertEquals(
        List.of("password.contains-username"), codes("sofie", "MinSOFIE2026!", "MinSOFIE2026!"));
  }

  @Test
  void aVeryShortUserNameDoesNotForbidItsLetters() {
    assertEquals(List.of(), codes("ab", "abcdefghijkl", "abcdefghijkl"));
  }

  @Test
  void aPasswordHasAnUpperBound() {
    String huge = "x".repeat(PasswordRules.MAX_LENGTH + 1);
    assertEquals(List.of("password.too-long"), codes("sofie", huge, huge));
  }
}
