package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.EnrollmentStatus;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.Accounts;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.application.Invitations;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import dk.godstart.process.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Leaders enrol new hires in a programme, with mentors and a buddy rota, change those later and end
 * enrolments. A hire has at most one active enrolment.
 */
@ApplicationScoped
@Transactional
public class Enrollments {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;
  @Inject Unlocking unlocking;
  @Inject EnrollmentAccess access;

  /** Who is enrolled, where, and with whom. Usernames, as the leader picks them. */
  public record Enrolment(
      String hire,
      String hireName,
      LocalDate startDate,
      long programmeId,
      String primaryMentor,
      List<String> substituteMentors,
      List<String> buddies) {}

  /** Whether the caller may enrol hires at all; asked before a request's content is read. */
  public void requireMayEnrol() {
    access.requireMayEnrol();
  }

  public long enrol(Enrolment request) {
    return enrolAndInvite(request, null).id();
  }

  /**
   * A new enrolment, and when the hire's account was created for it, the account's invitation: the
   * link to hand over when it could not be mailed.
   */
  public record Enrolled(long id, Optional<Invitations.Issued> invitation) {}

  /**
   * Enrols the hire; a new hire's account gets this e-mail address (optional) and an invitation.
   */
  public Enrolled enrolAndInvite(Enrolment request, String email) {
    access.requireMayEnrol();
    List<Detail> problems = new ArrayList<>();
    if (request.startDate() == null) {
      problems.add(Detail.of("field.required", "startDate"));
    }
    Programme programme = em.find(Programme.class, request.programmeId());
    if (programme == null) {
      problems.add(Detail.of("enrollment.unknown-programme", "programmeId"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
    Optional<Account> existing = accounts.find(request.hire());
    Optional<Accounts.Created> created =
        existing.isPresent() ? Optional.empty() : Optional.of(newHire(request, email));
    Account hire = existing.orElseGet(() -> created.orElseThrow().account());
    if (activeOf(hire.id()).isPresent()) {
      throw new Conflict("enrollment.already-active", hire.username());
    }
    Enrollment enrollment =
        new Enrollment(hire, programme.orgUnit(), programme, request.startDate(), clock.instant());
    enrollment.assignMentors(
        account(request.primaryMentor(), "primaryMentor"),
        request.substituteMentors().stream().map(u -> account(u, "substituteMentors")).toList(),
        request.startDate());
    enrollment.planBuddies(
        request.buddies().stream().map(u -> account(u, "buddies")).toList(),
        request.startDate(),
        clock.instant());
    em.persist(enrollment);
    em.flush();
    unlocking.unlockDue(enrollment.id());
    return new Enrolled(enrollment.id(), created.map(Accounts.Created::invitation));
  }

  /**
   * The account of a hire the leader names for the first time, created as a hire with an invitation
   * to choose a password (a password nobody knows until then).
   */
  private Accounts.Created newHire(Enrolment request, String email) {
    if (request.hireName() == null || request.hireName().isBlank()) {
      throw new InvalidInput(
          "invalid-input",
          List.of(Detail.of("enrollment.unknown-account", "hire", request.hire())));
    }
    Accounts.Created created =
        accounts.createInvited(request.hire(), request.hireName(), email, Set.of(Role.HIRE), null);
    created.account().identifyExternallyAs(created.account().username());
    return created;
  }

  private Account account(String username, String field) {
    return accounts
        .findActive(username)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "invalid-input",
                    List.of(Detail.of("enrollment.unknown-colleague", field, username))));
  }

  /**
   * A colleague a leader may name as hire, mentor or buddy: the user name, who it is, and the unit
   * (null when the account has none), by which a leader also finds people.
   */
  public record Colleague(String username, String name, String unit)
      implements java.io.Serializable {}

  /** The colleagues to choose mentors and buddies from, by name. */
  public List<Colleague> colleagues() {
    access.requireMayEnrol();
    return accounts.active(2_000).stream()
        .map(
            a ->
                new Colleague(
                    a.username(), a.displayName(), a.orgUnit() == null ? null : a.orgUnit().name()))
        .toList();
  }

  public void changeMentors(long enrollmentId, String primary, List<String> substitutes) {
    Enrollment enrollment = require(enrollmentId);
    access.requireMayManage(enrollment);
    enrollment.assignMentors(
        account(primary, "primaryMentor"),
        substitutes.stream().map(u -> account(u, "substituteMentors")).toList(),
        unlocking.today());
  }

  public void planBuddies(long enrollmentId, List<String> buddies) {
    Enrollment enrollment = require(enrollmentId);
    access.requireMayManage(enrollment);
    enrollment.planBuddies(
        buddies.stream().map(u -> account(u, "buddies")).toList(),
        unlocking.today(),
        clock.instant());
  }

  public void end(long enrollmentId, EnrollmentStatus how, LocalDate on) {
    Enrollment enrollment = require(enrollmentId);
    access.requireMayManage(enrollment);
    enrollment.end(how, on == null ? unlocking.today() : on);
  }

  public Optional<Enrollment> activeOf(long hireId) {
    return em.createQuery(
            "select e from Enrollment e where e.hire.id = :h and e.status = :s", Enrollment.class)
        .setParameter("h", hireId)
        .setParameter("s", EnrollmentStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  public Enrollment require(long enrollmentId) {
    Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
    if (enrollment == null) {
      throw new NotFound("enrollment.not-found");
    }
    return enrollment;
  }

  /** The enrolments of the employee a case system or leader knows by external id or user name. */
  public List<Enrollment> ofEmployee(String employee) {
    Optional<Account> account =
        accounts.findByExternalId(employee).or(() -> accounts.find(employee));
    if (account.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Enrollment e where e.hire.id = :h order by e.startDate desc",
            Enrollment.class)
        .setParameter("h", account.get().id())
        .getResultStream()
        .filter(e -> access.maySee(e) || currentUser.isIntegration())
        .toList();
  }

  /** The enrolments the caller mentors today, as primary or substitute. */
  public List<Enrollment> mentoredByMe() {
    Account caller = currentUser.getAccount();
    long me = caller.id();
    LocalDate today = unlocking.today();
    return em.createQuery(
            "select distinct m.enrollment from MentorAssignment m where m.mentor.id = :me",
            Enrollment.class)
        .setParameter("me", me)
        .getResultStream()
        .filter(e -> e.grantsMentorRights(caller, today))
        .toList();
  }

  /** The enrolments a leader (or administrator) may see. */
  public List<Enrollment> visibleToMe() {
    access.requireMayEnrol();
    return em.createQuery("select e from Enrollment e order by e.startDate desc", Enrollment.class)
        .getResultStream()
        .filter(access::maySee)
        .toList();
  }
}
