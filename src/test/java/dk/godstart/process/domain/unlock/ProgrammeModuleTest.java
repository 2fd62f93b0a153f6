package dk.godstart.process.domain.unlock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProgrammeModuleTest {

  @Test
  void shouldRejectAModuleWithoutARule() {
    assertThrows(NullPointerException.class, () -> new ProgrammeModule(1, null, true, null));
  }

  @Test
  void shouldAcceptDueDaysFromTheUnlockDayUpToTenYears() {
    assertDoesNotThrow(() -> new ProgrammeModule(1, new DayReached(0), true, 0));
    assertDoesNotThrow(() -> new ProgrammeModule(1, new DayReached(0), true, 3650));
    assertThrows(
        IllegalArgumentException.class, () -> new ProgrammeModule(1, new DayReached(0), true, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProgrammeModule(1, new DayReached(0), true, 3651));
  }
}
