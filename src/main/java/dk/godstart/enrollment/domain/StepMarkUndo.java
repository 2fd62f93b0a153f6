package dk.godstart.enrollment.domain;

import dk.godstart.process.domain.unlock.Reason;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Undoing a step marked reached by mistake: which of the modules it opened close again. A module
 * closes only when all of these hold, so that an undo never takes away something the hire has or
 * still should have:
 *
 * <ul>
 *   <li>it was opened because of that step (its recorded reason is the step, or a combination with
 *       the step as one of its parts);
 *   <li>the hire has not started it (an attempt is work that must stay reachable; the mark then
 *       goes, the module stays open);
 *   <li>the rules, run again without the mark, do not open it anyway (another report of the same
 *       step, a day passed, a mentor's release).
 * </ul>
 *
 * Modules opened by something else (a day, a completed module, a release) are never touched.
 */
public final class StepMarkUndo {

  private StepMarkUndo() {}

  /** A module open on the path, with the reason it was opened for. */
  public record Opened(long moduleId, Reason reason) {}

  /**
   * @param step the code of the step whose mark is undone
   * @param opened the modules open on the path, with their recorded reasons
   * @param started the modules the hire has opened in the player
   * @param stillOpen the modules the rules open without the mark
   * @return the modules to close again, in id order
   */
  public static Set<Long> closes(
      String step, Collection<Opened> opened, Set<Long> started, Set<Long> stillOpen) {
    Set<Long> closing = new TreeSet<>();
    for (Opened module : opened) {
      if (dependsOn(module.reason(), step)
          && !started.contains(module.moduleId())
          && !stillOpen.contains(module.moduleId())) {
        closing.add(module.moduleId());
      }
    }
    return closing;
  }

  /** Whether the step is the reason, or one of the parts of a combined reason. */
  static boolean dependsOn(Reason reason, String step) {
    if (reason == null) {
      return false;
    }
    return switch (reason.kind()) {
      case STEP -> step.equals(reason.step());
      case ALL -> partsDependOn(reason.parts(), step);
      case DAY, MODULE, RELEASE -> false;
    };
  }

  private static boolean partsDependOn(List<Reason> parts, String step) {
    return parts.stream().anyMatch(part -> dependsOn(part, step));
  }
}
