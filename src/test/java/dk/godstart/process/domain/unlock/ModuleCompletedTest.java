package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleCompletedTest {

  private static final long MODULE = 7;
  private static final ModuleCompleted AFTER_PARTSHOERING = new ModuleCompleted(3);

  @Test
  void shouldBeMetOnTheDayTheModuleWasCompleted() {
    RuleOutcome outcome =
        AFTER_PARTSHOERING.evaluate(Facts.onDay(10).completed(3, 4).build(), MODULE);

    assertTrue(outcome.met());
    assertEquals(day(4), outcome.metOn());
    assertEquals(Reason.module(3, day(4)), outcome.reason());
  }

  @Test
  void shouldWaitForTheModuleWhenOnlyAnotherModuleIsCompleted() {
    RuleOutcome outcome =
        AFTER_PARTSHOERING.evaluate(Facts.onDay(10).completed(4, 4).build(), MODULE);

    assertFalse(outcome.met());
    assertEquals(List.of(WaitingFor.module(3)), outcome.waitingFor());
    assertNull(outcome.opensOn());
  }
}
