package dk.godstart.reflection.application;

import dk.godstart.enrollment.application.EnrollmentAccess;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Unlocking;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import dk.godstart.reflection.domain.NoteState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A leader's figures about reflection in their unit, never a note's text: the notes waiting for
 * each mentor and the oldest wait, and the status meetings held per hire.
 */
@ApplicationScoped
@Transactional
public class ReviewCounts {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Enrollments enrollments;
  @Inject EnrollmentAccess access;
  @Inject Unlocking unlocking;

  /** The notes waiting in one mentor's queue. */
  public record MentorCount(String mentor, String name, long waiting, Instant oldestSubmittedAt) {}

  /** One hire's figures. */
  public record HireCount(String employee, String name, long waiting, long meetingsHeld) {}

  public record Counts(List<MentorCount> mentors, List<HireCount> hires) {}

  public Counts forMyUnit() {
    currentUser.require(Role.LEADER);
    List<Enrollment> visible =
        enrollments.visibleToMe().stream()
            .filter(Enrollment::isActive)
            .filter(access::isLeaderOf)
            .toList();
    Map<Long, MentorTally> mentors = new LinkedHashMap<>();
    List<HireCount> hires = new ArrayList<>();
    for (Enrollment e : visible) {
      List<Instant> waiting =
          em.createQuery(
                  "select n.submittedAt from ReflectionNote n where n.enrollment = :e and n.state"
                      + " in :s",
                  Instant.class)
              .setParameter("e", e)
              .setParameter("s", List.of(NoteState.SUBMITTED, NoteState.ANSWERED))
              .getResultList();
      long held =
          em.createQuery(
                  "select count(m) from StatusMeeting m where m.enrollment = :e and m.heldAt is not"
                      + " null",
                  Long.class)
              .setParameter("e", e)
              .getSingleResult();
      hires.add(new HireCount(e.hire().username(), e.hire().displayName(), waiting.size(), held));
      for (var assignment : e.currentMentors(unlocking.today())) {
        mentors
            .computeIfAbsent(assignment.mentor().id(), id -> new MentorTally(assignment.mentor()))
            .add(waiting);
      }
    }
    return new Counts(
        mentors.values().stream()
            .map(MentorTally::count)
            .sorted(Comparator.comparing(MentorCount::name))
            .toList(),
        hires);
  }

  private static final class MentorTally {
    private final Account mentor;
    private long waiting;
    private Instant oldest;

    MentorTally(Account mentor) {
      this.mentor = mentor;
    }

    void add(List<Instant> submitted) {
      waiting += submitted.size();
      for (Instant at : submitted) {
        if (oldest == null || at.isBefore(oldest)) {
          oldest = at;
        }
      }
    }

    MentorCount count() {
      return new MentorCount(mentor.username(), mentor.displayName(), waiting, oldest);
    }
  }
}
