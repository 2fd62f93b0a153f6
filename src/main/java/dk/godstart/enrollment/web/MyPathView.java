package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.HirePath;
import dk.godstart.enrollment.application.HirePaths;
import dk.godstart.enrollment.application.StepReporting;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code enrollment/my-path.xhtml} (Min vej): the hire's own path. */
@Named
@ViewScoped
public class MyPathView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HirePaths paths;
  @Inject transient StepReporting steps;

  private HirePath path;
  private java.util.Locale builtFor;
  private final StepMarks stepMarks = new StepMarks();

  public void load() {
    builtFor = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    path = paths.mine(builtFor).orElse(null);
    if (path != null) {
      // Shown once as news, then seen.
      paths.markSeen(path.enrollmentId());
    }
  }

  /** "I have reached this step", where the programme lets hires say so. */
  public void reached(String stepCode) {
    StepReporting.Marked mark = steps.markReached(path.enrollmentId(), stepCode);
    load();
    stepMarks.marked(mark, path);
  }

  /** Takes back the step just marked, and what it alone opened if not started. */
  public void undoMark() {
    if (stepMarks.mark() != null) {
      StepReporting.Undone undone = steps.undoMark(path.enrollmentId(), stepMarks.mark().eventId());
      load();
      stepMarks.undone(undone, path);
    }
  }

  public StepMarks getStepMarks() {
    return stepMarks;
  }

  /** What opened since the hire last looked: the notification list at the top of the page. */
  public List<HirePath.PathModule> getNews() {
    return path == null
        ? List.of()
        : path.allModules().stream().filter(HirePath.PathModule::fresh).toList();
  }

  /** The path, read again when the hire switched language on this page (its texts are words). */
  public HirePath getPath() {
    java.util.Locale now = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (path != null && !now.equals(builtFor)) {
      builtFor = now;
      path = paths.mine(now).orElse(null);
    }
    return path;
  }
}
