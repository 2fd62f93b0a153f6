package dk.godstart.reflection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.godstart.kernel.InvalidInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptsTest {

  @Test
  void shouldKeepOneToThreePromptsAndDropBlankOnes() {
    assertEquals(
        List.of("Hvad undrede dig?", "Hvad vil du prøve?"),
        Prompts.check(Arrays.asList(" Hvad undrede dig? ", "", null, "Hvad vil du prøve?")));
  }

  @Test
  void shouldRefuseNoPromptAndMoreThanThree() {
    assertThrows(InvalidInput.class, () -> Prompts.check(List.of("", " ")));
    assertThrows(InvalidInput.class, () -> Prompts.check(List.of("a", "b", "c", "d")));
  }

  @Test
  void shouldRefuseAPromptLongerThan500Characters() {
    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> Prompts.check(List.of("x".repeat(501))));
    assertEquals("prompts.length", refused.details().get(0).code());
  }

  @Test
  void shouldOfferTheThreeDefaultQuestions() {
    assertEquals(3, Prompts.DEFAULTS.size());
    assertEquals("Hvad lærte du?", Prompts.DEFAULTS.get(0));
  }
}
