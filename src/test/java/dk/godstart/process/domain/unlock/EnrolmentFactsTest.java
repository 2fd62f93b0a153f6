package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrolmentFactsTest {

  @Test
  void shouldNeedAStartDateAndAToday() {
    assertThrows(
        NullPointerException.class, () -> new EnrolmentFacts(null, START, null, null, null));
    assertThrows(
        NullPointerException.class, () -> new EnrolmentFacts(START, null, null, null, null));
  }

  @Test
  void shouldReadMissingMapsAsNothingHappenedYet() {
    EnrolmentFacts facts = new EnrolmentFacts(START, START, null, null, null);

    assertEquals(Map.of(), facts.stepsReached());
    assertEquals(Map.of(), facts.modulesCompleted());
    assertEquals(Map.of(), facts.releases());
  }

  @Test
  void shouldKeepItsFactsWhenTheGivenMapsChangeLater() {
    Map<String, LocalDate> steps = new HashMap<>(Map.of("underretning", START));
    EnrolmentFacts facts = new EnrolmentFacts(START, START, steps, null, null);

    steps.put("screening", START);

    assertEquals(Map.of("underretning", START), facts.stepsReached());
  }

  @Test
  void shouldCountDayZeroAsTheStartDate() {
    EnrolmentFacts facts = new EnrolmentFacts(START, START, null, null, null);

    assertEquals(START, facts.dateOfDay(0));
    assertEquals(LocalDate.of(2027, 1, 31), facts.dateOfDay(-1));
  }
}
