package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.StepEvent;
import dk.godstart.enrollment.domain.StepSource;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.application.Accounts;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.process.application.StepReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

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

  /** A mentor, or the hire where the programme allows it, marks a step reached today. */
  public List<Long> markReached(long enrollmentId, String stepCode) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    Account caller = currentUser.getAccount();
    boolean self = enrollment.hire().id().equals(caller.id());
    if (self && !enrollment.programme().hiresReportSteps()) {
      throw new AccessDenied("step.self-report-not-allowed");
    }
    if (!self) {
      access.requireMentorOrAdmin(enrollment);
    }
    requireStep(enrollment, stepCode);
    em.persist(
        new StepEvent(
            enrollment,
            stepCode,
            clock.instant(),
            self ? StepSource.HIRE : StepSource.MENTOR,
            null,
            null,
            caller,
            clock.instant()));
    em.flush();
    return unlocking.unlockDue(enrollmentId);
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
