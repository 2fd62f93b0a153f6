package dk.godstart.reflection.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.application.Unlocking;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.ModuleUnlocked;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.reflection.domain.NoteState;
import dk.godstart.reflection.domain.Notification;
import dk.godstart.reflection.domain.Notification.Kind;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.StatusMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What is new for someone: the hire's mentors when a note is submitted; the hire when a note is
 * answered, a meeting is planned or a module unlocks. Each is kept in the application and, when
 * mail is configured, also sent by e-mail after the change was committed (never with note text).
 */
@ApplicationScoped
@Transactional
public class Notifications {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject Unlocking unlocking;
  @Inject Event<NotificationMail.Mail> mails;

  /** One line of the list "Nyt": what happened, about whom, and where to look. */
  public record Item(
      long id,
      Kind kind,
      String subject,
      String moduleTitle,
      Long noteId,
      Long meetingId,
      Instant at,
      boolean seen) {}

  void submitted(ReflectionNote note) {
    for (var m : note.enrollment().currentMentors(unlocking.today())) {
      add(m.mentor(), Kind.NOTE_SUBMITTED, note.author(), note, null, note.module());
    }
  }

  void answered(ReflectionNote note, NoteState before) {
    if (before == NoteState.SUBMITTED) {
      add(note.author(), Kind.NOTE_ANSWERED, currentUser.getAccount(), note, null, note.module());
    }
  }

  void meetingPlanned(StatusMeeting meeting) {
    add(
        meeting.enrollment().hire(),
        Kind.MEETING_PLANNED,
        meeting.plannedBy(),
        null,
        meeting,
        null);
  }

  /**
   * A module unlocked on a hire's path: she is told, in the unlocking's own transaction (so the
   * notice exists exactly when the unlock does; its mail goes after the commit).
   */
  public void onUnlocked(@Observes ModuleUnlocked event) {
    Enrollment enrollment = em.find(Enrollment.class, event.enrollmentId());
    LearningModule module = em.find(LearningModule.class, event.moduleId());
    if (enrollment != null && module != null) {
      add(enrollment.hire(), Kind.MODULE_UNLOCKED, null, null, null, module);
    }
  }

  private void add(
      Account to,
      Kind kind,
      Account subject,
      ReflectionNote note,
      StatusMeeting meeting,
      LearningModule module) {
    em.persist(new Notification(to, kind, subject, note, meeting, module, clock.instant()));
    mails.fire(NotificationMail.Mail.of(to, kind, subject, note, meeting));
  }

  public List<Item> mine() {
    return em.createQuery(
            "select n from Notification n where n.recipient.id = :me order by n.createdAt desc,"
                + " n.id desc",
            Notification.class)
        .setParameter("me", currentUser.getAccount().id())
        .setMaxResults(100)
        .getResultStream()
        .map(
            n ->
                new Item(
                    n.id(),
                    n.kind(),
                    n.subject() == null ? null : n.subject().displayName(),
                    n.module() == null ? null : n.module().title(),
                    n.note() == null ? null : n.note().id(),
                    n.meeting() == null ? null : n.meeting().id(),
                    n.createdAt(),
                    n.seenAt() != null))
        .toList();
  }

  public long unseenCount() {
    if (!currentUser.isSignedIn()) {
      return 0;
    }
    return em.createQuery(
            "select count(n) from Notification n where n.recipient.id = :me and n.seenAt is null",
            Long.class)
        .setParameter("me", currentUser.getAccount().id())
        .getSingleResult();
  }

  public void markAllSeen() {
    Instant now = clock.instant();
    em.createQuery(
            "select n from Notification n where n.recipient.id = :me and n.seenAt is null",
            Notification.class)
        .setParameter("me", currentUser.getAccount().id())
        .getResultStream()
        .forEach(n -> n.markSeen(now));
  }
}
