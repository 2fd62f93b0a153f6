package dk.godstart.enrollment.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.ModuleRelease;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A mentor (or an administrator) releases a module for a hire: one of the programme's, or any other
 * module the mentor thinks the hire needs now. A release always unlocks.
 */
@ApplicationScoped
@Transactional
public class Releases {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Enrollments enrollments;
  @Inject EnrollmentAccess access;
  @Inject Unlocking unlocking;
  @Inject dk.godstart.people.application.CurrentUser currentUser;

  /** Whether the caller may release modules for this enrolment; asked before the body is read. */
  public void requireMayRelease(long enrollmentId) {
    access.requireMentorOrAdmin(enrollments.require(enrollmentId));
  }

  /** Returns whether this release was new (a second release of the same module changes nothing). */
  public boolean release(long enrollmentId, long moduleId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireMentorOrAdmin(enrollment);
    LearningModule module = em.find(LearningModule.class, moduleId);
    if (module == null || module.currentVersion().isEmpty()) {
      throw new InvalidInput(
          "release.unknown-module",
          List.of(Detail.of("release.unknown-module", "moduleId", moduleId)));
    }
    boolean already =
        !em.createQuery(
                "select r.id from ModuleRelease r where r.enrollment = :e and r.module = :m",
                Long.class)
            .setParameter("e", enrollment)
            .setParameter("m", module)
            .getResultList()
            .isEmpty();
    if (!already) {
      em.persist(new ModuleRelease(enrollment, module, currentUser.getAccount(), clock.instant()));
      em.flush();
    }
    unlocking.unlockDue(enrollmentId);
    return !already;
  }
}
