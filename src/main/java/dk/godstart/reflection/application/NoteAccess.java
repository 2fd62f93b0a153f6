package dk.godstart.reflection.application;

import dk.godstart.enrollment.application.EnrollmentAccess;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import dk.godstart.reflection.domain.ReflectionNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that says who may do what with notes and status meetings. The hire (the note's
 * author) and the hire's current mentors (an assignment running today and the mentor role) read and
 * write; a draft is the hire's alone; leaders get counts, never text; buddies, authors and
 * administrators get nothing. Anything not allowed here is refused.
 */
@ApplicationScoped
public class NoteAccess {

  @Inject CurrentUser currentUser;
  @Inject EnrollmentAccess enrollments;

  public Account caller() {
    if (!currentUser.isSignedIn()) {
      throw new AccessDenied();
    }
    return currentUser.getAccount();
  }

  /** The caller as a hire: one's own notes (the list, the export) are for hires alone. */
  public Account hire() {
    Account me = caller();
    if (!currentUser.has(Role.HIRE)) {
      throw new AccessDenied();
    }
    return me;
  }

  public boolean isAuthor(ReflectionNote note) {
    return currentUser.isSignedIn() && note.author().id().equals(caller().id());
  }

  public boolean isHire(Enrollment enrollment) {
    return currentUser.isSignedIn() && enrollment.hire().id().equals(caller().id());
  }

  public boolean isMentor(Enrollment enrollment) {
    return currentUser.isSignedIn() && enrollments.isMentor(enrollment, caller());
  }

  public boolean mayRead(ReflectionNote note) {
    return isAuthor(note) || (note.state().isShared() && isMentor(note.enrollment()));
  }

  public void requireRead(ReflectionNote note) {
    require(mayRead(note));
  }

  /** Writing and submitting a note is its author's alone. */
  public void requireAuthor(ReflectionNote note) {
    require(isAuthor(note));
  }

  /** Taking, answering as a mentor, reviewing: a current mentor of the note's hire. */
  public void requireMentor(ReflectionNote note) {
    require(note.state().isShared() && isMentor(note.enrollment()));
  }

  public void requireHireOrMentor(Enrollment enrollment) {
    require(isHire(enrollment) || isMentor(enrollment));
  }

  public void requireMentor(Enrollment enrollment) {
    require(isMentor(enrollment));
  }

  /** Counts without text: a leader of the hire's unit, or the hire's mentors. */
  public boolean mayCount(Enrollment enrollment) {
    return currentUser.isSignedIn() && (enrollments.isLeaderOf(enrollment) || isMentor(enrollment));
  }

  private static void require(boolean allowed) {
    if (!allowed) {
      throw new AccessDenied();
    }
  }
}
