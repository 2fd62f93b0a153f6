package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.DanishTime;
import dk.godstart.player.application.AttemptQueries;
import dk.godstart.process.domain.unlock.EnrolmentFacts;
import dk.godstart.process.domain.unlock.ModuleUnlock;
import dk.godstart.process.domain.unlock.UnlockEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the unlock evaluation for an enrolment and records what it unlocks. Recording is an insert
 * that a unique key makes idempotent, so any number of triggers (a step, a completion, a release,
 * the daily run) on any number of server instances unlock a module once.
 */
@ApplicationScoped
public class Unlocking {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AttemptQueries attempts;
  @Inject jakarta.enterprise.event.Event<dk.godstart.enrollment.domain.ModuleUnlocked> announce;

  public LocalDate today() {
    return DanishTime.today(clock);
  }

  /** The pure evaluation of the enrolment's programme against what is known today. */
  public List<ModuleUnlock> evaluate(Enrollment enrollment) {
    return UnlockEvaluation.evaluate(enrollment.programme().forEvaluation(), facts(enrollment));
  }

  /** Records the modules that are unlocked and were not yet; returns their ids. */
  @Transactional
  public List<Long> unlockDue(long enrollmentId) {
    Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
    if (enrollment == null || !enrollment.isActive()) {
      return List.of();
    }
    List<Long> unlocked = new ArrayList<>();
    Instant now = clock.instant();
    for (ModuleUnlock verdict : evaluate(enrollment)) {
      if (verdict.unlocked() && record(enrollmentId, verdict, now)) {
        unlocked.add(verdict.moduleId());
        // The hire is told (reflection's notifications), so she need not look for it.
        announce.fire(
            new dk.godstart.enrollment.domain.ModuleUnlocked(
                enrollmentId, enrollment.hire().id(), verdict.moduleId()));
      }
    }
    return unlocked;
  }

  private boolean record(long enrollmentId, ModuleUnlock verdict, Instant now) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO module_unlock (enrollment_id, module_id, unlocked_on, due_on,"
                    + " reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
            .setParameter(1, enrollmentId)
            .setParameter(2, verdict.moduleId())
            .setParameter(3, verdict.unlockedOn())
            .setParameter(4, verdict.dueOn())
            .setParameter(5, UnlockReasons.toJson(verdict.reason()))
            .setParameter(6, java.sql.Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** All running enrolments, for the daily run. */
  @Transactional
  public List<Long> activeEnrollmentIds() {
    return em.createQuery("select e.id from Enrollment e where e.status = :s", Long.class)
        .setParameter("s", dk.godstart.enrollment.domain.EnrollmentStatus.ACTIVE)
        .getResultList();
  }

  EnrolmentFacts facts(Enrollment enrollment) {
    Map<String, LocalDate> steps = new HashMap<>();
    em.createQuery(
            "select e.stepCode, e.occurredAt from StepEvent e where e.enrollment = :e",
            Object[].class)
        .setParameter("e", enrollment)
        .getResultStream()
        .forEach(row -> steps.merge((String) row[0], day(row[1]), (a, b) -> a.isBefore(b) ? a : b));
    Map<Long, LocalDate> releases = new HashMap<>();
    em.createQuery(
            "select r.module.id, r.releasedAt from ModuleRelease r where r.enrollment = :e",
            Object[].class)
        .setParameter("e", enrollment)
        .getResultStream()
        .forEach(row -> releases.put((Long) row[0], day(row[1])));
    return new EnrolmentFacts(
        enrollment.startDate(),
        today(),
        steps,
        attempts.completedModules(enrollment.hire().id()),
        releases);
  }

  private static LocalDate day(Object instant) {
    Instant at = instant instanceof Instant i ? i : ((java.sql.Timestamp) instant).toInstant();
    return DanishTime.day(at);
  }
}
