package dk.godstart.reflection.application;

import dk.godstart.enrollment.application.ReflectionFacts;
import dk.godstart.reflection.domain.NoteState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Tells the hire's path how far the latest note about each module got. */
@ApplicationScoped
@Transactional
public class NoteFacts implements ReflectionFacts {

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, NoteOnPath> notesByModule(long enrollmentId) {
    Map<Long, NoteOnPath> notes = new HashMap<>();
    em.createQuery(
            "select n.module.id, n.id, n.state from ReflectionNote n where n.enrollment.id = :e"
                + " and n.module is not null order by n.createdAt, n.id",
            Object[].class)
        .setParameter("e", enrollmentId)
        .getResultStream()
        .forEach(
            row -> {
              NoteState state = (NoteState) row[2];
              notes.put(
                  (Long) row[0],
                  new NoteOnPath(
                      (Long) row[1], state.value(), state.isShared(), state.isReviewed()));
            });
    return notes;
  }
}
