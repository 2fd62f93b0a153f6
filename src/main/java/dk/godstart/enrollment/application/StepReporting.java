package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.StepEvent;
import dk.godstart.enrollment.domain.StepMarkUndo;
import dk.godstart.enrollment.domain.StepSource;
import dk.godstart.enrollment.domain.UnlockedModule;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.Accounts;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.player.application.AttemptQueries;
import dk.godstart.process.application.StepReports;
import dk.godstart.process.domain.unlock.ModuleUnlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A hire reached a casework step: reported by a case system (through {@link StepReports}), by a
 * mentor, or by the hire where the programme allows it. Each report is stored and runs the unlock
 * rules at once.
 */
@ApplicationScoped
@Transactional
public class StepReporting implements StepReports {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject CurrentUser currentUser;
  @Inject EnrollmentAccess access;
  @Inject Unlocking unlocking;
  @Inject Enrollments enrollments;
  @Inject AttemptQueries attempts;

  @Override
  public void requireMayReport() {
    access.requireMayReportSteps();
  }

  @Override
  public Result report(StepReport report) {
    access.requireMayReportSteps();
    Account employee =
        accounts
            .findByExternalId(report.employee())
            .orElseThrow(
                () -> unknown("step-event.unknown-employee", "employee", report.employee()));
    Enrollment enrollment =
        enrollments
            .activeOf(employee.id())
            .orElseThrow(
                () -> unknown("step-event.unknown-employee", "employee", report.employee()));
    requireStep(enrollment, report.step());
    // Insert-if-new on the event id's unique key: a repeat changes nothing, on any instance.
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO step_event (enrollment_id, step_code, occurred_at, source,"
                    + " event_id, case_ref, recorded_by_id, recorded_at) VALUES (?, ?, ?,"
                    + " 'CASE_SYSTEM', ?, ?, ?, ?)")
            .setParameter(1, enrollment.id())
            .setParameter(2, report.step())
            .setParameter(3, java.sql.Timestamp.from(report.occurredAt()))
            .setParameter(4, report.eventId())
            .setParameter(5, report.caseRef())
            .setParameter(6, currentUser.isSignedIn() ? currentUser.getAccount().id() : null)
            .setParameter(7, java.sql.Timestamp.from(clock.instant()))
            .executeUpdate();
    if (inserted == 0) {
      return new Result(enrollment.id(), true, List.of());
    }
    return new Result(enrollment.id(), false, unlocking.unlockDue(enrollment.id()));
  }

  /** A step marked reached on a path: the mark (to undo it) and the modules it opened. */
  public record Marked(long eventId, String step, List<Long> opened)
      implements java.io.Serializable {}

  /** A mark undone: the modules that closed again (none if the hire had started them). */
  public record Undone(String step, List<Long> closed) {}

  /** A mentor, or the hire where the programme allows it, marks a step reached today. */
  public Marked markReached(long enrollmentId, String stepCode) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    boolean self = requireMayMark(enrollment);
    requireStep(enrollment, stepCode);
    StepEvent event =
        new StepEvent(
            enrollment,
            stepCode,
            clock.instant(),
            self ? StepSource.HIRE : StepSource.MENTOR,
            null,
            null,
            currentUser.getAccount(),
            clock.instant());
    em.persist(event);
    em.flush();
    return new Marked(event.id(), stepCode, unlocking.unlockDue(enrollmentId));
  }

  /**
   * Takes back a step marked on the path by mistake: the mark goes, and the modules that it alone
   * opened and the hire has not started close again ({@link StepMarkUndo}). Only marks made on a
   * path, by someone who may mark steps there (a hire only her own); a case system's report is
   * corrected in the case system.
   */
  public Undone undoMark(long enrollmentId, long eventId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    boolean self = requireMayMark(enrollment);
    StepEvent event = em.find(StepEvent.class, eventId);
    if (event == null || !event.enrollment().id().equals(enrollment.id())) {
      throw new NotFound("step.mark-not-found");
    }
    if (event.source() == StepSource.CASE_SYSTEM
        || (self
            && (event.recordedBy() == null
                || !event.recordedBy().id().equals(currentUser.getAccount().id())))) {
      throw new Conflict("step.mark-not-undoable");
    }
    em.remove(event);
    em.flush();
    Set<Long> stillOpen =
        unlocking.evaluate(enrollment).stream()
            .filter(ModuleUnlock::unlocked)
            .map(ModuleUnlock::moduleId)
            .collect(Collectors.toSet());
    List<UnlockedModule> open =
        em.createQuery(
                "select u from UnlockedModule u where u.enrollment = :e", UnlockedModule.class)
            .setParameter("e", enrollment)
            .getResultList();
    Set<Long> closing =
        StepMarkUndo.closes(
            event.stepCode(),
            open.stream()
                .map(
                    u ->
                        new StepMarkUndo.Opened(
                            u.module().id(), UnlockReasons.fromJson(u.reason())))
                .toList(),
            attempts.standingOf(enrollment.hire().id()).keySet(),
            stillOpen);
    open.stream().filter(u -> closing.contains(u.module().id())).forEach(em::remove);
    return new Undone(event.stepCode(), List.copyOf(closing));
  }

  /** Whether the caller marks for herself (a hire, where allowed), else as a mentor or admin. */
  private boolean requireMayMark(Enrollment enrollment) {
    boolean self = enrollment.hire().id().equals(currentUser.getAccount().id());
    if (self && !enrollment.programme().hiresReportSteps()) {
      throw new AccessDenied("step.self-report-not-allowed");
    }
    if (!self) {
      access.requireMentorOrAdmin(enrollment);
    }
    return self;
  }

  private static void requireStep(Enrollment enrollment, String step) {
    if (enrollment.programme().process().step(step).isEmpty()) {
      throw unknown("step-event.unknown-step", "step", step);
    }
  }

  private static InvalidInput unknown(String code, String field, String value) {
    return new InvalidInput(code, List.of(Detail.of(code, field, value)), value);
  }
}
