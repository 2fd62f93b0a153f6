package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.START;
import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnlockEvaluationTest {

  private static final long WELCOME = 1;
  private static final long NOTIFICATIONS = 2;
  private static final long INVESTIGATION = 3;

  private static ProgrammeModule optional(long moduleId, UnlockRule rule) {
    return new ProgrammeModule(moduleId, rule, false, null);
  }

  private static ProgrammeModule required(long moduleId, UnlockRule rule, Integer dueDays) {
    return new ProgrammeModule(moduleId, rule, true, dueDays);
  }

  private static List<Long> ids(List<ModuleUnlock> verdicts) {
    return verdicts.stream().map(ModuleUnlock::moduleId).toList();
  }

  @Test
  void shouldGiveOneVerdictPerModuleInTheProgrammesOrder() {
    List<ProgrammeModule> programme =
        List.of(
            optional(INVESTIGATION, new StepReached("boernefaglig-undersoegelse")),
            optional(WELCOME, new DayReached(-7)),
            optional(NOTIFICATIONS, new StepReached("underretning")));

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, Facts.onDay(0).build());

    assertEquals(List.of(INVESTIGATION, WELCOME, NOTIFICATIONS), ids(verdicts));
    assertEquals(
        List.of(false, true, false), verdicts.stream().map(ModuleUnlock::unlocked).toList());
  }

  @Test
  void shouldUnlockEachModuleOfAChainWhenTheOneBeforeIsCompleted() {
    List<ProgrammeModule> chain =
        List.of(
            optional(WELCOME, new DayReached(0)),
            optional(NOTIFICATIONS, new ModuleCompleted(WELCOME)),
            optional(INVESTIGATION, new ModuleCompleted(NOTIFICATIONS)));

    List<ModuleUnlock> secondOpen =
        UnlockEvaluation.evaluate(chain, Facts.onDay(5).completed(WELCOME, 3).build());
    assertEquals(Reason.day(0, START), secondOpen.get(0).reason());
    assertTrue(secondOpen.get(1).unlocked());
    assertEquals(day(3), secondOpen.get(1).unlockedOn());
    assertEquals(Reason.module(WELCOME, day(3)), secondOpen.get(1).reason());
    assertFalse(secondOpen.get(2).unlocked());
    assertEquals(List.of(WaitingFor.module(NOTIFICATIONS)), secondOpen.get(2).waitingFor());

    List<ModuleUnlock> allOpen =
        UnlockEvaluation.evaluate(
            chain, Facts.onDay(9).completed(WELCOME, 3).completed(NOTIFICATIONS, 8).build());
    assertTrue(allOpen.get(2).unlocked());
    assertEquals(day(8), allOpen.get(2).unlockedOn());
    assertEquals(Reason.module(NOTIFICATIONS, day(8)), allOpen.get(2).reason());
  }

  @Test
  void shouldOpenPreboardingModulesBeforeTheStartDate() {
    List<ProgrammeModule> preboarding =
        List.of(
            optional(WELCOME, new DayReached(-14)),
            optional(NOTIFICATIONS, new DayReached(-7)),
            optional(INVESTIGATION, new DayReached(0)));

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(preboarding, Facts.onDay(-10).build());

    assertTrue(verdicts.get(0).unlocked());
    assertEquals(day(-14), verdicts.get(0).unlockedOn());
    assertFalse(verdicts.get(1).unlocked());
    assertEquals(day(-7), verdicts.get(1).opensOn());
    assertEquals(START, verdicts.get(2).opensOn());
  }

  @Test
  void shouldSayWhatALockedModuleWaitsForAndWhenItOpensIfThatIsKnown() {
    List<ProgrammeModule> programme =
        List.of(
            optional(WELCOME, new DayReached(30)),
            optional(NOTIFICATIONS, new StepReached("underretning")));

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, Facts.onDay(2).build());

    ModuleUnlock byDay = verdicts.get(0);
    assertFalse(byDay.unlocked());
    assertNull(byDay.unlockedOn());
    assertNull(byDay.reason());
    assertEquals(List.of(WaitingFor.day(day(30))), byDay.waitingFor());
    assertEquals(day(30), byDay.opensOn());
    ModuleUnlock byStep = verdicts.get(1);
    assertEquals(List.of(WaitingFor.step("underretning")), byStep.waitingFor());
    assertNull(byStep.opensOn());
  }

  @Test
  void shouldUnlockAReleasedModuleWhateverItsRule() {
    List<ProgrammeModule> programme =
        List.of(
            optional(WELCOME, new DayReached(300)),
            optional(NOTIFICATIONS, new StepReached("underretning")),
            optional(
                INVESTIGATION,
                new AllOf(List.of(new StepReached("screening"), new ModuleCompleted(WELCOME)))));
    EnrolmentFacts facts =
        Facts.onDay(10)
            .released(WELCOME, 4)
            .released(NOTIFICATIONS, 5)
            .released(INVESTIGATION, 6)
            .build();

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, facts);

    for (int i = 0; i < 3; i++) {
      ModuleUnlock verdict = verdicts.get(i);
      assertTrue(verdict.unlocked(), "module " + verdict.moduleId());
      assertEquals(day(4 + i), verdict.unlockedOn());
      assertEquals(Reason.release(day(4 + i)), verdict.reason());
      assertEquals(List.of(), verdict.waitingFor());
      assertNull(verdict.opensOn());
      assertTrue(verdict.inProgramme());
    }
  }

  @Test
  void shouldOpenOnTheReleaseDayWhenTheReleaseCameBeforeTheRuleHeld() {
    List<ProgrammeModule> programme = List.of(optional(WELCOME, new StepReached("underretning")));
    EnrolmentFacts facts =
        Facts.onDay(10).released(WELCOME, 4).stepReached("underretning", 9).build();

    ModuleUnlock verdict = UnlockEvaluation.evaluate(programme, facts).get(0);

    assertEquals(day(4), verdict.unlockedOn());
    assertEquals(Reason.release(day(4)), verdict.reason());
  }

  @Test
  void shouldKeepTheRulesDateAndReasonWhenTheRuleHeldBeforeOrOnTheReleaseDay() {
    List<ProgrammeModule> programme = List.of(optional(WELCOME, new StepReached("underretning")));

    ModuleUnlock earlier =
        UnlockEvaluation.evaluate(
                programme,
                Facts.onDay(10).stepReached("underretning", 3).released(WELCOME, 6).build())
            .get(0);
    assertEquals(day(3), earlier.unlockedOn());
    assertEquals(Reason.step("underretning", day(3)), earlier.reason());

    ModuleUnlock sameDay =
        UnlockEvaluation.evaluate(
                programme,
                Facts.onDay(10).stepReached("underretning", 6).released(WELCOME, 6).build())
            .get(0);
    assertEquals(Reason.step("underretning", day(6)), sameDay.reason());
  }

  @Test
  void shouldListModulesReleasedOutsideTheProgrammeAfterItInTheOrderTheyWereReleased() {
    List<ProgrammeModule> programme =
        List.of(
            required(WELCOME, new DayReached(0), 7),
            optional(NOTIFICATIONS, new StepReached("underretning")));
    EnrolmentFacts facts =
        Facts.onDay(10)
            .released(30, 5)
            .released(20, 5)
            .released(40, 2)
            .released(WELCOME, 1)
            .build();

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, facts);

    assertEquals(List.of(WELCOME, NOTIFICATIONS, 40L, 20L, 30L), ids(verdicts));
    ModuleUnlock extra = verdicts.get(2);
    assertTrue(extra.unlocked());
    assertEquals(day(2), extra.unlockedOn());
    assertEquals(Reason.release(day(2)), extra.reason());
    assertEquals(List.of(), extra.waitingFor());
    assertNull(extra.opensOn());
    assertNull(extra.dueOn());
    assertFalse(extra.required());
    assertFalse(extra.inProgramme());
    assertTrue(verdicts.get(0).inProgramme());
  }

  @Test
  void shouldListModulesReleasedOnTheSameDayByModuleId() {
    EnrolmentFacts facts =
        Facts.onDay(10)
            .released(50, 4)
            .released(10, 4)
            .released(40, 4)
            .released(20, 4)
            .released(30, 4)
            .build();

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(List.of(), facts);

    assertEquals(List.of(10L, 20L, 30L, 40L, 50L), ids(verdicts));
  }

  @Test
  void shouldGiveTheDueDateCountedFromTheDayTheModuleUnlocked() {
    List<ProgrammeModule> programme =
        List.of(
            required(WELCOME, new StepReached("underretning"), 14),
            required(NOTIFICATIONS, new MentorRelease(), 7),
            required(INVESTIGATION, new DayReached(-3), 0));
    EnrolmentFacts facts =
        Facts.onDay(10).stepReached("underretning", 3).released(NOTIFICATIONS, 5).build();

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, facts);

    assertEquals(day(17), verdicts.get(0).dueOn());
    assertEquals(day(12), verdicts.get(1).dueOn());
    assertEquals(day(-3), verdicts.get(2).dueOn());
  }

  @Test
  void shouldGiveNoDueDateToALockedModuleOrOneWithoutDueDays() {
    List<ProgrammeModule> programme =
        List.of(
            required(WELCOME, new StepReached("underretning"), 14),
            required(NOTIFICATIONS, new DayReached(0), null));

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, Facts.onDay(10).build());

    assertFalse(verdicts.get(0).unlocked());
    assertNull(verdicts.get(0).dueOn());
    assertTrue(verdicts.get(1).unlocked());
    assertNull(verdicts.get(1).dueOn());
  }

  @Test
  void shouldReportWhetherEachModuleIsRequired() {
    List<ProgrammeModule> programme =
        List.of(
            required(WELCOME, new DayReached(0), null),
            optional(NOTIFICATIONS, new DayReached(50)));

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, Facts.onDay(0).build());

    assertTrue(verdicts.get(0).required());
    assertFalse(verdicts.get(1).required());
  }

  @Test
  void shouldEvaluateMixedAndNestedRulesPerModule() {
    UnlockRule investigationOrMentor =
        new AnyOf(
            List.of(
                new AllOf(
                    List.of(new StepReached("boernefaglig-undersoegelse"), new DayReached(14))),
                new MentorRelease()));
    List<ProgrammeModule> programme =
        List.of(
            optional(WELCOME, investigationOrMentor),
            optional(NOTIFICATIONS, investigationOrMentor));
    EnrolmentFacts facts =
        Facts.onDay(20)
            .stepReached("boernefaglig-undersoegelse", 16)
            .released(NOTIFICATIONS, 9)
            .build();

    List<ModuleUnlock> verdicts = UnlockEvaluation.evaluate(programme, facts);

    assertEquals(day(16), verdicts.get(0).unlockedOn());
    assertEquals(
        Reason.all(
            List.of(Reason.step("boernefaglig-undersoegelse", day(16)), Reason.day(14, day(14))),
            day(16)),
        verdicts.get(0).reason());
    assertEquals(day(9), verdicts.get(1).unlockedOn());
    assertEquals(Reason.release(day(9)), verdicts.get(1).reason());
  }

  @Test
  void shouldRejectAModuleListedTwiceInTheProgramme() {
    List<ProgrammeModule> programme =
        List.of(optional(WELCOME, new DayReached(0)), optional(WELCOME, new DayReached(5)));

    assertThrows(
        IllegalArgumentException.class,
        () -> UnlockEvaluation.evaluate(programme, Facts.onDay(0).build()));
  }
}
