package dk.godstart.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.enrollment.domain.StepMarkUndo.Opened;
import dk.godstart.process.domain.unlock.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepMarkUndoTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
  private static final String STEP = "boernefaglig-undersoegelse";

  private static Opened byStep(long module, String step) {
    return new Opened(module, Reason.step(step, DAY));
  }

  @Test
  void shouldCloseAModuleThatTheStepAloneOpenedAndThatWasNotStarted() {
    assertEquals(
        Set.of(1L), StepMarkUndo.closes(STEP, List.of(byStep(1, STEP)), Set.of(), Set.of()));
  }

  @Test
  void shouldKeepAModuleOpenThatTheHireHasStarted() {
    assertEquals(
        Set.of(), StepMarkUndo.closes(STEP, List.of(byStep(1, STEP)), Set.of(1L), Set.of()));
  }

  @Test
  void shouldKeepAModuleOpenThatTheRulesStillOpenWithoutTheMark() {
    assertEquals(
        Set.of(), StepMarkUndo.closes(STEP, List.of(byStep(1, STEP)), Set.of(), Set.of(1L)));
  }

  @Test
  void shouldNeverTouchModulesOpenedByAnotherStepADayACompletionOrARelease() {
    List<Opened> opened =
        List.of(
            byStep(1, "underretning"),
            new Opened(2, Reason.day(14, DAY)),
            new Opened(3, Reason.module(9, DAY)),
            new Opened(4, Reason.release(DAY)));

    assertEquals(Set.of(), StepMarkUndo.closes(STEP, opened, Set.of(), Set.of()));
  }

  @Test
  void shouldCloseAModuleWhoseCombinedReasonHasTheStepAsAPart() {
    Opened both =
        new Opened(5, Reason.all(List.of(Reason.day(7, DAY), Reason.step(STEP, DAY)), DAY));

    assertEquals(Set.of(5L), StepMarkUndo.closes(STEP, List.of(both), Set.of(), Set.of()));
  }

  @Test
  void shouldCloseOnlyTheModulesThatMeetEveryCondition() {
    List<Opened> opened =
        List.of(byStep(1, STEP), byStep(2, STEP), byStep(3, STEP), byStep(4, "x"));

    assertEquals(Set.of(1L), StepMarkUndo.closes(STEP, opened, Set.of(2L), Set.of(3L)));
  }

  @Test
  void shouldIgnoreAModuleWithoutAReason() {
    assertEquals(
        Set.of(), StepMarkUndo.closes(STEP, List.of(new Opened(1, null)), Set.of(), Set.of()));
  }
}
