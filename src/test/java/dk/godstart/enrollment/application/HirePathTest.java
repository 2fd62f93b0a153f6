package dk.godstart.enrollment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.enrollment.application.HirePath.PathModule;
import dk.godstart.enrollment.application.HirePath.PhaseView;
import dk.godstart.enrollment.domain.PathState;
import dk.godstart.process.domain.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HirePathTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static PathModule module(long id, String state, LocalDate due) {
    return new PathModule(
        id,
        "M" + id,
        PathState.valueOf(state.toUpperCase(Locale.ROOT).replace('-', '_')),
        true,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        due,
        null,
        false,
        null,
        null);
  }

  private static HirePath path(List<PathModule> inPhases, List<PathModule> extra) {
    return new HirePath(
        1,
        "sofie",
        "Sofie Andersen",
        TODAY,
        "ACTIVE",
        "Introduktion",
        false,
        List.of(),
        null,
        List.of(new PhaseView(Phase.LAERING, List.of(), inPhases)),
        extra);
  }

  @Test
  void progressCountsTheModulesDoneOfAllOnThePathEachOnce() {
    HirePath path =
        path(
            List.of(
                module(1, "completed", null),
                module(2, "in-progress", null),
                module(3, "locked", null)),
            List.of(module(1, "completed", null), module(4, "reviewed", null)));

    assertEquals(new HirePath.Progress(2, 4), path.progress());
  }

  @Test
  void aModuleIsOverdueWhenOpenNotDoneAndItsDueDateHasPassed() {
    assertTrue(module(1, "in-progress", TODAY.minusDays(1)).isOverdueOn(TODAY));
    assertTrue(module(1, "unlocked", TODAY.minusDays(1)).isOverdueOn(TODAY));
    assertFalse(module(1, "unlocked", TODAY).isOverdueOn(TODAY), "due today is not overdue");
    assertFalse(module(1, "completed", TODAY.minusDays(9)).isOverdueOn(TODAY));
    assertFalse(module(1, "locked", TODAY.minusDays(9)).isOverdueOn(TODAY));
    assertFalse(module(1, "unlocked", null).isOverdueOn(TODAY));
  }
}
