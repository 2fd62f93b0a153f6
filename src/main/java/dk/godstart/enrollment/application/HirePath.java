package dk.godstart.enrollment.application;

import dk.godstart.enrollment.application.ReflectionFacts.NoteOnPath;
import dk.godstart.enrollment.domain.PathState;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.unlock.Reason;
import dk.godstart.process.domain.unlock.WaitingFor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hire's path ("Min vej"): the programme's phases with their steps and modules, and who helps.
 */
public record HirePath(
    long enrollmentId,
    String hire,
    String hireName,
    LocalDate startDate,
    String status,
    String programme,
    boolean hiresReportSteps,
    List<Helper> mentors,
    Helper buddyThisWeek,
    List<PhaseView> phases,
    List<PathModule> extraModules) {

  /** A mentor or buddy, by name. */
  public record Helper(String username, String name, boolean primary) {}

  /** One phase of the programme with its casework steps and its modules. */
  public record PhaseView(Phase phase, List<StepView> steps, List<PathModule> modules) {}

  /** A casework step and the day the hire reached it, if they did. */
  public record StepView(String code, String name, String description, LocalDate reachedOn) {

    public boolean isReached() {
      return reachedOn != null;
    }
  }

  /**
   * A module on the path: its state, why it is open or what it waits for, and the hire's latest
   * note about it (null when there is none).
   */
  public record PathModule(
      long moduleId,
      String title,
      PathState pathState,
      boolean required,
      Reason reason,
      String reasonText,
      List<WaitingFor> waitingFor,
      String waitingText,
      LocalDate opensOn,
      LocalDate unlockedOn,
      LocalDate dueOn,
      Long attemptId,
      boolean fresh,
      NoteOnPath reflection,
      Work work) {

    /** The state as REST and CSS spell it. */
    public String state() {
      return pathState.value();
    }

    public boolean isLocked() {
      return pathState.isLocked();
    }

    /** Completed, and whatever follows completion (a reflection, a review). */
    public boolean isDone() {
      return pathState.isCompleted();
    }

    /** Open, not done, and its due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
      return dueOn != null && !isLocked() && !isDone() && today.isAfter(dueOn);
    }
  }

  /**
   * The hire's work in a module as this reader may see it: {@code scorePercent} and {@code
   * minutesSpent} are null unless the reader is the hire's mentor (and the module reports a score);
   * the whole is null when the reader sees none of it or the hire has not opened the module.
   */
  public record Work(Integer scorePercent, Long minutesSpent, java.time.Instant lastActivity) {}

  /** How far the hire has come: "3 af 7 moduler". */
  public record Progress(int done, int total) {}

  /** The modules done of the modules on the path, each module counted once. */
  public Progress progress() {
    Map<Long, PathModule> once = new LinkedHashMap<>();
    allModules().forEach(m -> once.putIfAbsent(m.moduleId(), m));
    int done = (int) once.values().stream().filter(PathModule::isDone).count();
    return new Progress(done, once.size());
  }

  public List<PathModule> allModules() {
    List<PathModule> all = new java.util.ArrayList<>();
    phases.forEach(p -> all.addAll(p.modules()));
    all.addAll(extraModules);
    return all;
  }
}
