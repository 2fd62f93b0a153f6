package dk.godstart.reflection.application;

import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import dk.godstart.reflection.application.NoteViews.Person;
import dk.godstart.reflection.application.NoteViews.QueueItem;
import dk.godstart.reflection.domain.NoteState;
import dk.godstart.reflection.domain.ReflectionNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * "Til gennemsyn": the submitted notes of the hires the caller mentors today, oldest first, shared
 * by all of each hire's mentors (who see who took what).
 */
@ApplicationScoped
@Transactional
public class ReviewQueue {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Enrollments enrollments;

  public List<QueueItem> mine() {
    currentUser.require(Role.MENTOR);
    List<Enrollment> mentored = enrollments.mentoredByMe();
    if (mentored.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select n from ReflectionNote n where n.enrollment in :e and n.state in :s order by"
                + " n.submittedAt, n.id",
            ReflectionNote.class)
        .setParameter("e", mentored)
        .setParameter("s", List.of(NoteState.SUBMITTED, NoteState.ANSWERED))
        .getResultStream()
        .map(
            n ->
                new QueueItem(
                    n.id(),
                    Person.of(n.author()),
                    n.module() == null ? null : n.module().title(),
                    n.state(),
                    n.submittedAt(),
                    Person.of(n.takenBy())))
        .toList();
  }

  /** How many notes wait for the caller's hires (for the navigation); 0 for non-mentors. */
  public long waitingCount() {
    if (!currentUser.has(Role.MENTOR)) {
      return 0;
    }
    List<Enrollment> mentored = enrollments.mentoredByMe();
    if (mentored.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "select count(n) from ReflectionNote n where n.enrollment in :e and n.state = :s",
            Long.class)
        .setParameter("e", mentored)
        .setParameter("s", NoteState.SUBMITTED)
        .getSingleResult();
  }
}
