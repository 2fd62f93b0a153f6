package dk.godstart.process.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.MentorRelease;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnlockRuleJsonTest {

  private final UnlockRuleJson converter = new UnlockRuleJson();

  @Test
  void everyKindOfRuleSurvivesTheDatabaseColumn() {
    UnlockRule rule =
        new AnyOf(
            List.of(
                new AllOf(List.of(new StepReached("barnets-plan"), new ModuleCompleted(7))),
                new DayReached(-7),
                new MentorRelease()));

    assertEquals(rule, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(rule)));
  }

  @Test
  void theStoredShapeNamesEachKind() {
    assertEquals(
        "{\"kind\":\"step\",\"step\":\"screening\"}",
        converter.convertToDatabaseColumn(new StepReached("screening")));
    assertEquals(
        "{\"kind\":\"day\",\"day\":30}", converter.convertToDatabaseColumn(new DayReached(30)));
  }

  @Test
  void anUnknownKindIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> converter.convertToEntityAttribute("{\"kind\":\"moon\"}"));
  }
}
