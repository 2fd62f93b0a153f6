package dk.godstart.platform.web;

import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.HirePath;
import dk.godstart.enrollment.application.HirePath.PathModule;
import dk.godstart.enrollment.application.HirePaths;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code index.xhtml} (Forside): each role's first question answered on the first page. The
 * hire's next module and progress; the mentor's hires, those starting soon first; the author's
 * modules; the leader's enrolments. Each part is read only for a role that may read it.
 */
@Named
@RequestScoped
public class HomeView {

  @Inject CurrentUser user;
  @Inject HirePaths paths;
  @Inject Enrollments enrollments;
  @Inject ModuleCatalog catalog;
  @Inject DateFormats dates;

  private Optional<HirePath> path;

  /** A hire in the mentor's or leader's list: who, since or from when. */
  public record Hire(long enrollmentId, String name, LocalDate startDate, boolean upcoming) {}

  /** The caller's own path, when they are a hire with an active enrolment. */
  public HirePath getPath() {
    if (path == null) {
      path =
          user.has(Role.HIRE)
              ? paths.mine(FacesContext.getCurrentInstance().getViewRoot().getLocale())
              : Optional.empty();
    }
    return path.orElse(null);
  }

  /** What the hire should do next: a module begun, else the first one open. */
  public PathModule getNextModule() {
    HirePath mine = getPath();
    if (mine == null) {
      return null;
    }
    List<PathModule> open = mine.allModules().stream().filter(m -> !m.isLocked()).toList();
    return open.stream()
        .filter(m -> "in-progress".equals(m.state()))
        .findFirst()
        .or(() -> open.stream().filter(m -> !m.isDone()).findFirst())
        .orElse(null);
  }

  /** A mentor's hire with what waits: how far she is and how many modules are overdue. */
  public record Mentee(Hire hire, HirePath.Progress progress, long overdue) {}

  public List<Mentee> getMentees() {
    if (!user.has(Role.MENTOR)) {
      return List.of();
    }
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    LocalDate today = dates.getToday();
    return hires(enrollments.mentoredByMe()).stream()
        .map(
            hire -> {
              HirePath path = paths.path(hire.enrollmentId(), locale);
              long overdue = path.allModules().stream().filter(m -> m.isOverdueOn(today)).count();
              return new Mentee(hire, path.progress(), overdue);
            })
        .toList();
  }

  public List<Hire> getEnrolled() {
    if (!user.has(Role.LEADER)) {
      return List.of();
    }
    return hires(enrollments.visibleToMe().stream().filter(Enrollment::isActive).toList());
  }

  public int getModuleCount() {
    return user.has(Role.AUTHOR) || user.has(Role.ADMIN) ? catalog.list().size() : 0;
  }

  private List<Hire> hires(List<Enrollment> list) {
    LocalDate today = dates.getToday();
    return list.stream()
        .map(
            e ->
                new Hire(
                    e.id(), e.hire().displayName(), e.startDate(), e.startDate().isAfter(today)))
        .sorted(Comparator.comparing(Hire::startDate).reversed())
        .toList();
  }

  /** The start page's parts: each shown to those whose work it is about. */
  public boolean isShowsMentees() {
    return user.has(Role.MENTOR);
  }

  public boolean isShowsEnrolled() {
    return user.has(Role.LEADER);
  }

  public boolean isShowsModules() {
    return user.has(Role.AUTHOR) || user.has(Role.ADMIN);
  }
}
