package dk.godstart.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.enrollment.domain.PathState.Facts;
import dk.godstart.enrollment.domain.PathState.Reflection;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PathStateTest {

  @Test
  void shouldWalkTheWholeLifeCycleInOrder() {
    PathState state = PathState.LOCKED.unlock().start().complete().reflect().review();

    assertEquals(PathState.REVIEWED, state);
  }

  @Test
  void shouldRefuseToSkipAState() {
    assertThrows(IllegalStateException.class, () -> PathState.LOCKED.start());
    assertThrows(IllegalStateException.class, () -> PathState.UNLOCKED.complete());
    assertThrows(IllegalStateException.class, () -> PathState.IN_PROGRESS.reflect());
    assertThrows(IllegalStateException.class, () -> PathState.COMPLETED.review());
  }

  @Test
  void shouldRefuseToGoBackOrRepeat() {
    assertThrows(IllegalStateException.class, () -> PathState.COMPLETED.start());
    assertThrows(IllegalStateException.class, () -> PathState.UNLOCKED.unlock());
    assertThrows(IllegalStateException.class, () -> PathState.REVIEWED.reflect());
  }

  @Test
  void shouldSpellItsValuesAsTheRestContractDoes() {
    assertEquals(
        "[locked, unlocked, in-progress, completed, reflected, reviewed]",
        Arrays.toString(Arrays.stream(PathState.values()).map(PathState::value).toArray()));
  }

  @Test
  void shouldBeLockedWithoutFacts() {
    assertEquals(PathState.LOCKED, PathState.of(new Facts(false, false, false, null)));
  }

  @Test
  void shouldBeUnlockedWhenOpenButNotStarted() {
    assertEquals(PathState.UNLOCKED, PathState.of(new Facts(true, false, false, null)));
  }

  @Test
  void shouldBeCompletedWhenTheNoteIsOnlyADraft() {
    PathState state = PathState.of(new Facts(true, true, true, new Reflection(false, false)));

    assertEquals(PathState.COMPLETED, state);
    assertTrue(state.mayWriteNote());
  }

  @Test
  void shouldBeReflectedWhenTheNoteIsSubmitted() {
    PathState state = PathState.of(new Facts(true, true, true, new Reflection(true, false)));

    assertEquals(PathState.REFLECTED, state);
    assertFalse(state.mayWriteNote());
    assertTrue(state.isCompleted());
  }

  @Test
  void shouldBeReviewedWhenTheSubmittedNoteIsReviewed() {
    assertEquals(
        PathState.REVIEWED, PathState.of(new Facts(true, true, true, new Reflection(true, true))));
  }

  @Test
  void shouldKeepACompletionOfAModuleNoLongerUnlocked() {
    assertEquals(PathState.COMPLETED, PathState.of(new Facts(false, true, true, null)));
  }

  @Test
  void shouldIgnoreANoteAboutAModuleNotCompleted() {
    assertEquals(
        PathState.IN_PROGRESS,
        PathState.of(new Facts(true, true, false, new Reflection(true, true))));
  }

  @Test
  void shouldLetTheHireOpenEveryStateButLocked() {
    assertFalse(PathState.LOCKED.mayOpen());
    assertTrue(PathState.REVIEWED.mayOpen());
    assertFalse(PathState.IN_PROGRESS.mayWriteNote());
  }
}
