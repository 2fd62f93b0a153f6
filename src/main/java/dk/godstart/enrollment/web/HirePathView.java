package dk.godstart.enrollment.web;

import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.enrollment.application.EnrollmentAccess;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.HirePath;
import dk.godstart.enrollment.application.HirePaths;
import dk.godstart.enrollment.application.Releases;
import dk.godstart.enrollment.application.StepReporting;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Backs {@code enrollment/path.xhtml?id=…}: a hire's path for their mentors and leader, where a
 * mentor marks steps reached and releases modules.
 */
@Named
@ViewScoped
public class HirePathView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HirePaths paths;
  @Inject transient StepReporting steps;
  @Inject transient Releases releases;
  @Inject transient ModuleCatalog catalog;
  @Inject transient Enrollments enrollments;

  private List<Enrollments.Colleague> colleagues;
  private long id;
  private HirePath path;
  private java.util.Locale builtFor;
  private final StepMarks stepMarks = new StepMarks();
  private EnrollmentAccess.PathRights rights;
  private Long moduleToRelease;
  private String released;
  private final HelpersForm helpers = new HelpersForm();

  public void load() {
    builtFor = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    path = paths.path(id, builtFor);
    rights = paths.rights(id);
  }

  /** What the reader may do here; the page shows only those forms and buttons. */
  public EnrollmentAccess.PathRights getRights() {
    return rights;
  }

  public void reached(String stepCode) {
    StepReporting.Marked mark = steps.markReached(id, stepCode);
    load();
    stepMarks.marked(mark, path);
  }

  /** Takes back the step just marked, and what it alone opened if not started. */
  public void undoMark() {
    if (stepMarks.mark() != null) {
      StepReporting.Undone undone = steps.undoMark(id, stepMarks.mark().eventId());
      load();
      stepMarks.undone(undone, path);
    }
  }

  public StepMarks getStepMarks() {
    return stepMarks;
  }

  public void release() {
    released = null;
    if (moduleToRelease != null) {
      releases.release(id, moduleToRelease);
      released = titleOf(moduleToRelease);
      moduleToRelease = null;
    }
    load();
  }

  /** The title of the module just released, for the confirmation beside the form; else null. */
  public String getReleased() {
    return released;
  }

  private String titleOf(long moduleId) {
    return catalog.availableModules().getOrDefault(moduleId, String.valueOf(moduleId));
  }

  /** A leader changes the mentors from today; the earlier ones stay in the history. */
  public void changeMentors() {
    enrollments.changeMentors(id, helpers.getPrimaryMentor(), helpers.substituteNames());
    load();
  }

  /** A leader plans the buddy rota again from this week. */
  public void planBuddies() {
    enrollments.planBuddies(id, helpers.buddyNames());
    load();
  }

  /** The colleagues to name as mentors and buddies, read once per page. */
  public List<Enrollments.Colleague> getColleagues() {
    if (colleagues == null) {
      colleagues = enrollments.colleagues();
    }
    return colleagues;
  }

  public HelpersForm getHelpers() {
    return helpers;
  }

  /** Every module with a version in use, by title: a mentor may release any of them. */
  public Map<String, Long> getReleasable() {
    Map<String, Long> modules = new TreeMap<>();
    catalog.availableModules().forEach((moduleId, title) -> modules.put(title, moduleId));
    return modules;
  }

  /** The path, read again when the reader switched language on this page (its texts are words). */
  public HirePath getPath() {
    if (path != null
        && !FacesContext.getCurrentInstance().getViewRoot().getLocale().equals(builtFor)) {
      load();
    }
    return path;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Long getModuleToRelease() {
    return moduleToRelease;
  }

  public void setModuleToRelease(Long moduleToRelease) {
    this.moduleToRelease = moduleToRelease;
  }
}
