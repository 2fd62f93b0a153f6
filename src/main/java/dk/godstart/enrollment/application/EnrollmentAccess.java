package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see and act on a hire's path: the hire; their current mentors; leaders of the unit (or a
 * unit above it); administrators. A buddy sees none of it. Only mentors and administrators mark
 * steps and release modules for a hire.
 */
@ApplicationScoped
public class EnrollmentAccess {

  @Inject CurrentUser currentUser;
  @Inject Unlocking unlocking;

  public void requireView(Enrollment enrollment) {
    if (!maySee(enrollment)) {
      throw new AccessDenied();
    }
  }

  public boolean maySee(Enrollment enrollment) {
    if (currentUser.isSystem()) {
      return true;
    }
    if (!currentUser.isSignedIn()) {
      return false;
    }
    Account caller = currentUser.getAccount();
    return enrollment.hire().id().equals(caller.id())
        || isMentor(enrollment, caller)
        || currentUser.has(Role.ADMIN)
        || (currentUser.has(Role.LEADER) && leads(caller.orgUnit(), enrollment.orgUnit()));
  }

  /** A case system reports casework steps, with an API token that has the permission. */
  public void requireMayReportSteps() {
    if (!currentUser.isIntegration()) {
      throw new AccessDenied("step-event.no-permission");
    }
  }

  /** Leaders and administrators enrol hires. */
  public void requireMayEnrol() {
    if (!currentUser.has(Role.LEADER) && !currentUser.has(Role.ADMIN)) {
      throw new AccessDenied();
    }
  }

  public void requireMentorOrAdmin(Enrollment enrollment) {
    if (!mayActAsMentor(enrollment)) {
      throw new AccessDenied();
    }
  }

  /** What the caller may do on a hire's path, for the page to show only that. */
  public record PathRights(
      boolean markSteps, boolean release, boolean changeHelpers, boolean statusMeetings)
      implements java.io.Serializable {}

  public PathRights rightsOn(Enrollment enrollment) {
    boolean mentor = mayActAsMentor(enrollment);
    // Status meetings are between the hire and their current mentors (not administrators).
    boolean ownMentor = currentUser.isSignedIn() && isMentor(enrollment, currentUser.getAccount());
    return new PathRights(mentor, mentor, mayManage(enrollment), ownMentor);
  }

  /** How much of the hire's work in each module a reader of the path sees. */
  public enum WorkShown {
    /** Nothing beyond the state: the hire's own path, a buddy. */
    NONE,
    /**
     * When the hire last worked on it: leaders and administrators (states and dates, no scores).
     */
    ACTIVITY,
    /** Score, time spent and last activity: the hire's current mentors, who guide the learning. */
    RESULTS
  }

  public WorkShown workShownOn(Enrollment enrollment) {
    if (!currentUser.isSignedIn() || !maySee(enrollment)) {
      return WorkShown.NONE;
    }
    Account caller = currentUser.getAccount();
    if (isMentor(enrollment, caller)) {
      return WorkShown.RESULTS;
    }
    if (enrollment.hire().id().equals(caller.id())) {
      return WorkShown.NONE;
    }
    return currentUser.has(Role.ADMIN) || currentUser.has(Role.LEADER)
        ? WorkShown.ACTIVITY
        : WorkShown.NONE;
  }

  /** Marking steps and releasing modules: the hire's mentor, or an administrator. */
  public boolean mayActAsMentor(Enrollment enrollment) {
    return currentUser.has(Role.ADMIN)
        || (currentUser.isSignedIn() && isMentor(enrollment, currentUser.getAccount()));
  }

  /**
   * Changing mentors and buddies, ending the enrolment: a leader of the hire's unit (or a unit
   * above it), or an administrator.
   */
  public boolean mayManage(Enrollment enrollment) {
    return currentUser.has(Role.ADMIN)
        || (currentUser.has(Role.LEADER)
            && currentUser.isSignedIn()
            && leads(currentUser.getAccount().orgUnit(), enrollment.orgUnit()));
  }

  public void requireMayManage(Enrollment enrollment) {
    if (!mayManage(enrollment)) {
      throw new AccessDenied();
    }
  }

  /** A mentor's rights: the mentor role, a current assignment, an enrolment not ended. */
  public boolean isMentor(Enrollment enrollment, Account account) {
    return enrollment.grantsMentorRights(account, unlocking.today());
  }

  /** Whether the caller is a leader of the hire's unit (or a unit above it). */
  public boolean isLeaderOf(Enrollment enrollment) {
    return currentUser.has(Role.LEADER)
        && leads(currentUser.getAccount().orgUnit(), enrollment.orgUnit());
  }

  /** Whether a leader of {@code own} leads {@code unit}: the same unit or one below it. */
  static boolean leads(OrgUnit own, OrgUnit unit) {
    for (OrgUnit u = unit; u != null && own != null; u = u.parent()) {
      if (u.id().equals(own.id())) {
        return true;
      }
    }
    return false;
  }
}
