package dk.godstart.process.domain.unlock;

import static dk.godstart.process.domain.unlock.Facts.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts may be stored or sent as JSON, so they must survive JSON-B unchanged. */
class UnlockJsonTest {

  @Test
  void shouldKeepAnUnlockedModuleWithNestedReasonsThroughJson() throws Exception {
    ModuleUnlock unlocked =
        new ModuleUnlock(
            7,
            true,
            day(6),
            Reason.all(List.of(Reason.step("screening", day(2)), Reason.day(6, day(6))), day(6)),
            List.of(),
            null,
            day(20),
            true,
            true);

    assertEquals(unlocked, roundTrip(unlocked));
  }

  @Test
  void shouldKeepALockedModuleWithItsWaitsThroughJson() throws Exception {
    ModuleUnlock locked =
        new ModuleUnlock(
            7,
            false,
            null,
            null,
            List.of(WaitingFor.step("screening"), WaitingFor.day(day(30)), WaitingFor.module(3)),
            day(30),
            null,
            false,
            true);

    assertEquals(locked, roundTrip(locked));
  }

  private static ModuleUnlock roundTrip(ModuleUnlock verdict) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(jsonb.toJson(verdict), ModuleUnlock.class);
    }
  }
}
