package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnyOfTest {

  private static final long MODULE = 7;

  @Test
  void shouldBeMetByTheOnlyPartThatHolds() {
    AnyOf rule = new AnyOf(List.of(new StepReached("screening"), new ModuleCompleted(3)));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(10).completed(3, 4).build(), MODULE);

    assertTrue(outcome.met());
    assertEquals(day(4), outcome.metOn());
    assertEquals(Reason.module(3, day(4)), outcome.reason());
  }

  @Test
  void shouldTakeTheDateAndReasonOfThePartMetFirst() {
    AnyOf rule =
        new AnyOf(
            List.of(
                new StepReached("screening"),
                new ModuleCompleted(3),
                new DayReached(2),
                new MentorRelease()));
    EnrolmentFacts facts =
        Facts.onDay(10).stepReached("screening", 9).completed(3, 6).released(MODULE, 4).build();

    RuleOutcome outcome = rule.evaluate(facts, MODULE);

    assertEquals(day(2), outcome.metOn());
    assertEquals(Reason.day(2, day(2)), outcome.reason());
  }

  @Test
  void shouldBeMetByAMentorsReleaseOfItsOwnModule() {
    AnyOf rule = new AnyOf(List.of(new StepReached("screening"), new MentorRelease()));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(10).released(MODULE, 4).build(), MODULE);

    assertTrue(outcome.met());
    assertEquals(Reason.release(day(4)), outcome.reason());
  }

  @Test
  void shouldPreferThePartListedFirstWhenTwoWereMetOnTheSameDay() {
    EnrolmentFacts facts = Facts.onDay(10).stepReached("screening", 6).completed(3, 6).build();
    StepReached step = new StepReached("screening");
    ModuleCompleted module = new ModuleCompleted(3);

    assertEquals(
        Reason.step("screening", day(6)),
        new AnyOf(List.of(step, module)).evaluate(facts, MODULE).reason());
    assertEquals(
        Reason.module(3, day(6)),
        new AnyOf(List.of(module, step)).evaluate(facts, MODULE).reason());
  }

  @Test
  void shouldWaitForEveryPartWhileNoneHolds() {
    AnyOf rule =
        new AnyOf(
            List.of(new StepReached("screening"), new ModuleCompleted(3), new MentorRelease()));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(10).released(8, 2).build(), MODULE);

    assertFalse(outcome.met());
    assertEquals(
        List.of(WaitingFor.step("screening"), WaitingFor.module(3), WaitingFor.release()),
        outcome.waitingFor());
    assertNull(outcome.opensOn());
  }

  @Test
  void shouldOpenOnTheEarliestDayAmongItsDayParts() {
    AnyOf rule =
        new AnyOf(List.of(new DayReached(30), new StepReached("screening"), new DayReached(14)));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(3).build(), MODULE);

    assertEquals(
        List.of(WaitingFor.day(day(30)), WaitingFor.step("screening"), WaitingFor.day(day(14))),
        outcome.waitingFor());
    assertEquals(day(14), outcome.opensOn());
  }

  @Test
  void shouldIgnoreTheDayOfANestedAllOfThatAlsoWaitsForAStep() {
    AnyOf rule =
        new AnyOf(
            List.of(
                new AllOf(List.of(new DayReached(5), new StepReached("screening"))),
                new DayReached(20)));

    RuleOutcome waiting = rule.evaluate(Facts.onDay(10).build(), MODULE);
    assertEquals(
        List.of(WaitingFor.step("screening"), WaitingFor.day(day(20))), waiting.waitingFor());
    assertEquals(day(20), waiting.opensOn());

    RuleOutcome met = rule.evaluate(Facts.onDay(12).stepReached("screening", 12).build(), MODULE);
    assertEquals(day(12), met.metOn());
    assertEquals(
        Reason.all(List.of(Reason.day(5, day(5)), Reason.step("screening", day(12))), day(12)),
        met.reason());
  }

  @Test
  void shouldRejectAnEmptyCombinationAndMissingParts() {
    assertThrows(IllegalArgumentException.class, () -> new AnyOf(List.of()));
    assertThrows(NullPointerException.class, () -> new AnyOf(null));
    assertThrows(
        NullPointerException.class, () -> new AnyOf(Arrays.asList(null, new DayReached(0))));
  }
}
