package dk.godstart.process.domain.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitCyclesTest {

  private static final UnlockRule ON_STEP = new StepReached("screening");

  @Test
  void aModuleAfterAnotherThatOpensOnItsOwnIsNoCycle() {
    Map<Long, UnlockRule> rules = Map.of(1L, new ModuleCompleted(2), 2L, ON_STEP);

    assertTrue(WaitCycles.through(1, rules).isEmpty());
  }

  @Test
  void twoModulesWaitingForEachOtherAreACycle() {
    Map<Long, UnlockRule> rules = Map.of(1L, new ModuleCompleted(2), 2L, new ModuleCompleted(1));

    assertEquals(List.of(1L, 2L, 1L), WaitCycles.through(1, rules).orElseThrow());
  }

  @Test
  void aModuleWaitingForItselfIsACycle() {
    assertEquals(
        List.of(3L, 3L), WaitCycles.through(3, Map.of(3L, new ModuleCompleted(3))).orElseThrow());
  }

  @Test
  void aLongerChainBackToTheModuleIsACycle() {
    Map<Long, UnlockRule> rules =
        Map.of(
            1L, new AllOf(List.of(ON_STEP, new ModuleCompleted(2))),
            2L, new ModuleCompleted(3),
            3L, new ModuleCompleted(1));

    assertEquals(List.of(1L, 2L, 3L, 1L), WaitCycles.through(1, rules).orElseThrow());
  }

  @Test
  void anAlternativeThatCanOpenTheModuleBreaksTheCycle() {
    Map<Long, UnlockRule> rules =
        Map.of(
            1L, new AnyOf(List.of(new ModuleCompleted(2), new MentorRelease())),
            2L, new ModuleCompleted(1));

    assertTrue(WaitCycles.through(1, rules).isEmpty());
    assertTrue(WaitCycles.through(2, rules).isEmpty());
  }

  @Test
  void aCycleElsewhereInTheProgrammeIsNotThisModulesCycle() {
    Map<Long, UnlockRule> rules =
        Map.of(1L, new ModuleCompleted(2), 2L, new ModuleCompleted(3), 3L, new ModuleCompleted(2));

    assertTrue(WaitCycles.through(1, rules).isEmpty());
  }

  @Test
  void aModuleOutsideTheProgrammeRequiresNothing() {
    assertTrue(WaitCycles.through(1, Map.of(1L, new ModuleCompleted(99))).isEmpty());
  }

  @Test
  void allOfRequiresWhatAnyPartRequiresAndAnyOfOnlyWhatEveryPartRequires() {
    UnlockRule both = new AllOf(List.of(new ModuleCompleted(1), new ModuleCompleted(2)));
    UnlockRule either =
        new AnyOf(
            List.of(
                new AllOf(List.of(new ModuleCompleted(1), new ModuleCompleted(2))),
                new AllOf(List.of(new ModuleCompleted(2), new DayReached(10)))));

    assertEquals(Set.of(1L, 2L), both.modulesRequired());
    assertEquals(Set.of(2L), either.modulesRequired());
    assertEquals(Set.of(), new MentorRelease().modulesRequired());
  }
}
