package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllOfTest {

  private static final long MODULE = 7;

  @Test
  void shouldBeMetOnTheDayTheLastPartCameTrueWithEveryPartsReason() {
    AllOf rule =
        new AllOf(
            List.of(new StepReached("screening"), new DayReached(10), new ModuleCompleted(3)));
    EnrolmentFacts facts = Facts.onDay(12).stepReached("screening", 5).completed(3, 8).build();

    RuleOutcome outcome = rule.evaluate(facts, MODULE);

    assertTrue(outcome.met());
    assertEquals(day(10), outcome.metOn());
    assertEquals(
        Reason.all(
            List.of(
                Reason.step("screening", day(5)),
                Reason.day(10, day(10)),
                Reason.module(3, day(8))),
            day(10)),
        outcome.reason());
  }

  @Test
  void shouldWaitOnlyForThePartsNotYetMet() {
    AllOf rule =
        new AllOf(
            List.of(
                new StepReached("screening"),
                new StepReached("barnets-plan"),
                new DayReached(5),
                new ModuleCompleted(3)));
    EnrolmentFacts facts = Facts.onDay(6).stepReached("screening", 2).build();

    RuleOutcome outcome = rule.evaluate(facts, MODULE);

    assertFalse(outcome.met());
    assertEquals(
        List.of(WaitingFor.step("barnets-plan"), WaitingFor.module(3)), outcome.waitingFor());
    assertNull(outcome.opensOn());
  }

  @Test
  void shouldOpenOnTheLastDayWhenEveryOutstandingPartIsADay() {
    AllOf rule =
        new AllOf(List.of(new DayReached(20), new StepReached("screening"), new DayReached(5)));
    EnrolmentFacts facts = Facts.onDay(3).stepReached("screening", 1).build();

    RuleOutcome outcome = rule.evaluate(facts, MODULE);

    assertFalse(outcome.met());
    assertEquals(List.of(WaitingFor.day(day(20)), WaitingFor.day(day(5))), outcome.waitingFor());
    assertEquals(day(20), outcome.opensOn());
  }

  @Test
  void shouldNotKnowWhenItOpensWhileAPartWaitsForAStep() {
    AllOf rule = new AllOf(List.of(new DayReached(20), new StepReached("screening")));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(3).build(), MODULE);

    assertEquals(
        List.of(WaitingFor.day(day(20)), WaitingFor.step("screening")), outcome.waitingFor());
    assertNull(outcome.opensOn());
  }

  @Test
  void shouldTakeTheReasonOfTheMetPartOfANestedAnyOf() {
    AllOf rule =
        new AllOf(
            List.of(
                new DayReached(0),
                new AnyOf(List.of(new StepReached("screening"), new ModuleCompleted(3)))));
    EnrolmentFacts facts = Facts.onDay(9).completed(3, 6).build();

    RuleOutcome outcome = rule.evaluate(facts, MODULE);

    assertTrue(outcome.met());
    assertEquals(day(6), outcome.metOn());
    assertEquals(
        Reason.all(List.of(Reason.day(0, day(0)), Reason.module(3, day(6))), day(6)),
        outcome.reason());
  }

  @Test
  void shouldOpenByTheLastDateWhenANestedAnyOfWillOpenByADayToo() {
    AllOf rule =
        new AllOf(
            List.of(
                new DayReached(30),
                new AnyOf(List.of(new DayReached(10), new StepReached("screening")))));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(5).build(), MODULE);

    assertEquals(
        List.of(WaitingFor.day(day(30)), WaitingFor.day(day(10)), WaitingFor.step("screening")),
        outcome.waitingFor());
    assertEquals(day(30), outcome.opensOn());
  }

  @Test
  void shouldWaitForEachThingOnceWhenPartsAskForItTwice() {
    AllOf rule =
        new AllOf(
            List.of(
                new StepReached("screening"),
                new AnyOf(List.of(new StepReached("screening"), new MentorRelease()))));

    RuleOutcome outcome = rule.evaluate(Facts.onDay(5).build(), MODULE);

    assertEquals(List.of(WaitingFor.step("screening"), WaitingFor.release()), outcome.waitingFor());
  }

  @Test
  void shouldRejectAnEmptyCombinationAndMissingParts() {
    assertThrows(IllegalArgumentException.class, () -> new AllOf(List.of()));
    assertThrows(NullPointerException.class, () -> new AllOf(null));
    assertThrows(
        NullPointerException.class, () -> new AllOf(Arrays.asList(new DayReached(0), null)));
  }

  @Test
  void shouldKeepItsPartsWhenTheGivenListChangesLater() {
    List<UnlockRule> parts = new ArrayList<>(List.of(new DayReached(0)));
    AllOf rule = new AllOf(parts);

    parts.add(new StepReached("screening"));

    assertEquals(List.of(new DayReached(0)), rule.rules());
    assertTrue(rule.evaluate(Facts.onDay(0).build(), MODULE).met());
  }
}
