package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepReachedTest {

  private static final long MODULE = 7;
  private static final StepReached INVESTIGATION = new StepReached("boernefaglig-undersoegelse");

  @Test
  void shouldBeMetOnTheDayTheStepWasReached() {
    EnrolmentFacts facts = Facts.onDay(20).stepReached("boernefaglig-undersoegelse", 12).build();

    RuleOutcome outcome = INVESTIGATION.evaluate(facts, MODULE);

    assertTrue(outcome.met());
    assertEquals(day(12), outcome.metOn());
    assertEquals(Reason.step("boernefaglig-undersoegelse", day(12)), outcome.reason());
    assertEquals(List.of(), outcome.waitingFor());
  }

  @Test
  void shouldWaitForTheStepWhileItIsNotReached() {
    EnrolmentFacts facts = Facts.onDay(20).stepReached("underretning", 3).build();

    RuleOutcome outcome = INVESTIGATION.evaluate(facts, MODULE);

    assertFalse(outcome.met());
    assertNull(outcome.metOn());
    assertNull(outcome.reason());
    assertEquals(List.of(WaitingFor.step("boernefaglig-undersoegelse")), outcome.waitingFor());
    assertNull(outcome.opensOn(), "no date can be given for a step");
  }

  @Test
  void shouldRejectABlankOrMissingStepCode() {
    assertThrows(IllegalArgumentException.class, () -> new StepReached(" "));
    assertThrows(IllegalArgumentException.class, () -> new StepReached(""));
    assertThrows(NullPointerException.class, () -> new StepReached(null));
  }
}
