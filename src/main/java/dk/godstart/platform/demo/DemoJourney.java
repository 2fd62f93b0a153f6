package dk.godstart.platform.demo;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Enrollments.Enrolment;
import dk.godstart.enrollment.application.Unlocking;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.StepEvent;
import dk.godstart.enrollment.domain.StepSource;
import dk.godstart.kernel.DanishTime;
import dk.godstart.people.domain.Account;
import dk.godstart.player.application.PackageFacts;
import dk.godstart.player.domain.Attempt;
import dk.godstart.player.domain.ScoResult;
import dk.godstart.player.domain.ScoState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Sofie Andersen's first two weeks in Børn og Unge. She started 14 days ago; before that she read
 * the module on tavshedspligt (preboarding) and in her first days the one on notatpligt, which
 * opened partshøring. The case system reported her first underretning, so that module is open and
 * she is halfway through it; her mentor marked the screening. The børnefaglig undersøgelse module
 * waits for the step of that name, and barnets plan waits for it too.
 */
@ApplicationScoped
public class DemoJourney {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Enrollments enrollments;
  @Inject Unlocking unlocking;
  @Inject DemoReflection reflection;

  void tell(long programmeId, Map<String, Long> modules, Account caseSystem) {
    LocalDate today = DanishTime.today(clock);
    long enrollmentId =
        enrollments.enrol(
            new Enrolment(
                "nyansat",
                null,
                today.minusDays(14),
                programmeId,
                "mentor",
                List.of("mentor2"),
                List.of("buddy", "buddy2")));
    Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
    Account sofie = enrollment.hire();
    complete(sofie, modules.get("tavshedspligt-persondata"), daysAgo(16));
    complete(sofie, modules.get("notatpligt"), daysAgo(12));
    step(
        enrollment,
        "underretning",
        daysAgo(9),
        StepSource.CASE_SYSTEM,
        caseSystem,
        "DUBU-2026-000412");
    step(
        enrollment,
        "screening",
        daysAgo(6),
        StepSource.MENTOR,
        enrollment.currentMentors(today).get(0).mentor(),
        null);
    em.flush();
    unlocking.unlockDue(enrollmentId);
    halfway(sofie, modules.get("underretninger"), daysAgo(2));
    em.flush();
    reflection.tell(enrollmentId, modules);
  }

  private Instant daysAgo(int days) {
    return clock.instant().minus(Duration.ofDays(days));
  }

  private void step(
      Enrollment enrollment,
      String code,
      Instant at,
      StepSource source,
      Account by,
      String caseRef) {
    em.persist(
        new StepEvent(
            enrollment,
            code,
            at,
            source,
            caseRef == null ? null : "demo-" + code,
            caseRef,
            by,
            at));
  }

  /** A finished attempt: every SCO completed (and passed, where the module scores). */
  private void complete(Account learner, Long moduleId, Instant at) {
    Attempt attempt = attempt(learner, moduleId, at);
    if (attempt == null) {
      return;
    }
    PackageFacts facts = facts(attempt.version());
    long sequence = 1;
    for (String sco : facts.scoIdentifiers()) {
      attempt.commit(
          sequence++,
          sco,
          "{}",
          new ScoResult(ScoResult.Completion.COMPLETED, ScoResult.Success.PASSED, null, null),
          false,
          new ScoState.Session(Duration.ofMinutes(9)),
          facts.completion(),
          at);
    }
  }

  /** An attempt under way: the first SCO incomplete, suspended halfway. */
  private void halfway(Account learner, Long moduleId, Instant at) {
    Attempt attempt = attempt(learner, moduleId, at);
    if (attempt == null) {
      return;
    }
    PackageFacts facts = facts(attempt.version());
    attempt.commit(
        1,
        facts.scoIdentifiers().get(0),
        "{\"location\":\"4\",\"exit\":\"suspend\",\"progress_measure\":\"0.5\"}",
        new ScoResult(ScoResult.Completion.INCOMPLETE, ScoResult.Success.UNKNOWN, null, null),
        true,
        new ScoState.Session(Duration.ofMinutes(6)),
        facts.completion(),
        at);
  }

  private Attempt attempt(Account learner, Long moduleId, Instant at) {
    LearningModule module = moduleId == null ? null : em.find(LearningModule.class, moduleId);
    if (module == null || module.currentVersion().isEmpty()) {
      return null;
    }
    Attempt attempt = new Attempt(learner, module.currentVersion().get(), 1, at);
    em.persist(attempt);
    return attempt;
  }

  /** The package as the player sees it, so that the demo's attempts complete by the same rules. */
  private static PackageFacts facts(PackageVersion version) {
    return PackageFacts.of(version.id(), version.manifest());
  }
}
