package dk.godstart.reflection.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.Account;
import dk.godstart.reflection.application.NoteViews.NoteSummary;
import dk.godstart.reflection.application.NoteViews.NoteView;
import dk.godstart.reflection.domain.NoteState;
import dk.godstart.reflection.domain.Prompts;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.ReflectionNote.Answer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The hire's notes: write (one per completed attempt of a module, logbook entries without limit),
 * save drafts, submit; and the thread, taking and reviewing by the hire's current mentors. Every
 * read by someone other than the author is recorded.
 */
@ApplicationScoped
@Transactional
public class Notes {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject NoteAccess access;
  @Inject Enrollments enrollments;
  @Inject ModulePrompts prompts;
  @Inject Notifications notifications;

  /** The caller's own notes, newest first. */
  public List<NoteSummary> mine() {
    Account me = access.hire();
    return em.createQuery(
            "select n from ReflectionNote n where n.author.id = :me order by n.createdAt desc, n.id"
                + " desc",
            ReflectionNote.class)
        .setParameter("me", me.id())
        .getResultStream()
        .map(NoteSummary::of)
        .toList();
  }

  /**
   * A new draft by the caller: about the latest completed attempt of {@code moduleId}, or a logbook
   * entry when it is null. Without answers, the module's prompts are asked with empty answers.
   */
  public NoteView create(Long moduleId, List<Answer> answers) {
    Account me = access.caller();
    Enrollment enrollment =
        enrollments.activeOf(me.id()).orElseThrow(() -> new InvalidInput("note.no-enrollment"));
    LearningModule module = null;
    Long attemptId = null;
    if (moduleId != null) {
      module = em.find(LearningModule.class, moduleId);
      attemptId = module == null ? null : latestCompletedAttempt(me.id(), moduleId);
      if (attemptId == null) {
        throw new InvalidInput(
            "invalid-input", List.of(Detail.of("note.not-completed", "moduleId")));
      }
      if (noteOnAttempt(attemptId).isPresent()) {
        throw new dk.godstart.kernel.Conflict("note.exists");
      }
    }
    List<Answer> asked =
        answers == null || answers.isEmpty()
            ? (moduleId == null ? List.of(Prompts.LOGBOOK) : prompts.of(moduleId))
                .stream().map(p -> new Answer(p, "")).toList()
            : answers;
    ReflectionNote note =
        new ReflectionNote(enrollment, me, module, attemptId, asked, clock.instant());
    em.persist(note);
    em.flush();
    return NoteView.of(note, true, false);
  }

  /**
   * The note the hire writes about a module now: the one on their latest completed attempt, made
   * when there is none yet (the invitation "Skriv din refleksion" leads here).
   */
  public long noteFor(long moduleId) {
    Account me = access.caller();
    Long attemptId = latestCompletedAttempt(me.id(), moduleId);
    if (attemptId != null) {
      Optional<ReflectionNote> existing = noteOnAttempt(attemptId);
      if (existing.isPresent()) {
        return existing.get().id();
      }
    }
    return create(moduleId, null).id();
  }

  /*
   * The checks below run before a request body is read, so that a caller without the right is
   * refused (403) whatever they sent, and learns nothing from the validation of the body.
   */

  /** Writing notes is for a hire with a running enrolment. */
  public void requireMayCreate() {
    if (enrollments.activeOf(access.caller().id()).isEmpty()) {
      throw new AccessDenied();
    }
  }

  public void requireMayEdit(long noteId) {
    access.requireAuthor(require(noteId));
  }

  public void requireMayComment(long noteId) {
    requireMayComment(require(noteId));
  }

  public void requireMayReview(long noteId) {
    access.requireMentor(require(noteId));
  }

  /** The author comments on a note they may read; anyone else only as the hire's mentor. */
  private void requireMayComment(ReflectionNote note) {
    if (access.isAuthor(note)) {
      access.requireRead(note);
    } else {
      access.requireMentor(note);
    }
  }

  public long edit(long noteId, List<Answer> answers, long version) {
    ReflectionNote note = require(noteId);
    access.requireAuthor(note);
    note.edit(answers, version, clock.instant());
    em.flush();
    return note.version();
  }

  public NoteState submit(long noteId) {
    ReflectionNote note = require(noteId);
    access.requireAuthor(note);
    note.submit(clock.instant());
    notifications.submitted(note);
    return note.state();
  }

  /** The note with its text and thread; a read by anyone but the author is recorded. */
  public NoteView read(long noteId) {
    ReflectionNote note = require(noteId);
    access.requireRead(note);
    boolean mine = access.isAuthor(note);
    if (!mine) {
      note.recordRead(access.caller(), clock.instant());
      em.flush();
    }
    return NoteView.of(note, mine, !mine && access.isMentor(note.enrollment()));
  }

  public NoteViews.Person take(long noteId) {
    ReflectionNote note = require(noteId);
    access.requireMentor(note);
    note.take(access.caller(), clock.instant());
    return NoteViews.Person.of(note.takenBy());
  }

  public NoteState comment(long noteId, String text) {
    ReflectionNote note = require(noteId);
    requireMayComment(note);
    boolean mine = access.isAuthor(note);
    NoteState before = note.state();
    note.comment(access.caller(), text, !mine, clock.instant());
    if (!mine) {
      notifications.answered(note, before);
    }
    return note.state();
  }

  public NoteState review(long noteId, String outcome) {
    NoteState.Outcome parsed = NoteState.Outcome.parse(outcome);
    ReflectionNote note = require(noteId);
    access.requireMentor(note);
    if (parsed == null) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("note.outcome", "outcome")));
    }
    note.review(parsed, access.caller(), clock.instant());
    return note.state();
  }

  ReflectionNote require(long noteId) {
    ReflectionNote note = em.find(ReflectionNote.class, noteId);
    if (note == null) {
      throw new NotFound("note.not-found");
    }
    return note;
  }

  private Long latestCompletedAttempt(long learnerId, long moduleId) {
    return em.createQuery(
            "select max(a.id) from Attempt a where a.learner.id = :l and a.module.id = :m and"
                + " a.completedAt is not null",
            Long.class)
        .setParameter("l", learnerId)
        .setParameter("m", moduleId)
        .getSingleResult();
  }

  private Optional<ReflectionNote> noteOnAttempt(long attemptId) {
    return em.createQuery(
            "select n from ReflectionNote n where n.attemptId = :a", ReflectionNote.class)
        .setParameter("a", attemptId)
        .getResultStream()
        .findFirst();
  }
}
