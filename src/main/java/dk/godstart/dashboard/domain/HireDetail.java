package dk.godstart.dashboard.domain;

import dk.godstart.process.domain.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A hire's path as a leader drills down to it: per module its state and dates and the last
 * activity, nothing else. No score, no answer, no note text is part of this record, so no page or
 * export built on it can show one.
 */
public record HireDetail(Enrolled hire, List<Line> modules) {

  /** One module: locked (planned, not open), unlocked, in-progress or completed. */
  public record Line(
      String title,
      Phase phase,
      boolean required,
      String state,
      LocalDate unlockedOn,
      LocalDate dueOn,
      LocalDate completedOn,
      Instant lastActivity) {}

  public HireDetail {
    modules = List.copyOf(modules);
  }

  /** The programme's modules in its order, then modules released outside it. */
  public static HireDetail of(Enrolled hire, Facts facts) {
    Map<Long, Progress> progress =
        facts.progress().stream()
            .filter(p -> p.enrollmentId() == hire.enrollmentId())
            .collect(Collectors.toMap(Progress::moduleId, p -> p, (a, b) -> a));
    List<PlannedModule> plan =
        facts.plans().stream()
            .filter(m -> m.programmeId() == hire.programmeId())
            .sorted(Comparator.comparingInt(PlannedModule::position))
            .toList();
    Set<Long> planned = plan.stream().map(PlannedModule::moduleId).collect(Collectors.toSet());
    List<Line> lines = new java.util.ArrayList<>();
    plan.forEach(
        m -> lines.add(line(m.title(), m.phase(), m.required(), progress.get(m.moduleId()))));
    progress.values().stream()
        .filter(p -> !planned.contains(p.moduleId()))
        .sorted(Comparator.comparing(Progress::unlockedOn))
        .forEach(p -> lines.add(line(facts.moduleTitles().get(p.moduleId()), null, false, p)));
    return new HireDetail(hire, lines);
  }

  private static Line line(String title, Phase phase, boolean required, Progress p) {
    if (p == null) {
      return new Line(title, phase, required, "locked", null, null, null, null);
    }
    String state =
        p.isCompleted() ? "completed" : p.lastActivity() == null ? "unlocked" : "in-progress";
    return new Line(
        title,
        phase,
        required,
        state,
        p.unlockedOn(),
        p.dueOn(),
        p.completedOn(),
        p.lastActivity());
  }
}
