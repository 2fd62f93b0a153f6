package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentorReleaseTest {

  private static final MentorRelease RELEASE = new MentorRelease();

  @Test
  void shouldBeMetOnTheDayAMentorReleasedTheModuleItBelongsTo() {
    RuleOutcome outcome = RELEASE.evaluate(Facts.onDay(10).released(7, 5).build(), 7);

    assertTrue(outcome.met());
    assertEquals(day(5), outcome.metOn());
    assertEquals(Reason.release(day(5)), outcome.reason());
  }

  @Test
  void shouldWaitForAReleaseWhenOnlyAnotherModuleWasReleased() {
    RuleOutcome outcome = RELEASE.evaluate(Facts.onDay(10).released(8, 5).build(), 7);

    assertFalse(outcome.met());
    assertEquals(List.of(WaitingFor.release()), outcome.waitingFor());
    assertNull(outcome.opensOn());
  }
}
