package dk.godstart.platform.demo;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Enrollments.Enrolment;
import dk.godstart.enrollment.application.Unlocking;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.EnrollmentStatus;
import dk.godstart.enrollment.domain.ModuleRelease;
import dk.godstart.enrollment.domain.StepEvent;
import dk.godstart.enrollment.domain.StepSource;
import dk.godstart.kernel.DanishTime;
import dk.godstart.people.application.Accounts;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import dk.godstart.player.application.PackageFacts;
import dk.godstart.player.domain.Attempt;
import dk.godstart.player.domain.ScoResult;
import dk.godstart.player.domain.ScoState;
import dk.godstart.process.domain.ProcessStep;
import dk.godstart.process.domain.Programme;
import dk.godstart.process.domain.ProgrammeEntry;
import dk.godstart.reflection.domain.NoteState;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.StatusMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * Earlier hires for the leaders' dashboards: 25 social workers who started in Børn og Unge and the
 * Jobcenter over the last three years, with their own mentors (so Sofie's mentors, buddies and
 * pages stay as her story tells). Some completed the programme, some left during it, two left the
 * job a year and a half in; some are stalled or behind; they wrote notes their mentors answered (a
 * few still wait) and met their mentors for status meetings. Everything follows from the hire's
 * number, so every start of the demo draws the same picture. Also Karin Vestergaard ({@code
 * leder-bu}), who leads Børn og Unge only.
 */
@ApplicationScoped
public class DemoDashboard {

  static final int HIRES = 25;
  private static final List<String> NAMES =
      List.of(
          "Amalie Nielsen",
          "Mads Jensen",
          "Ida Hansen",
          "Frederik Pedersen",
          "Clara Larsen",
          "Oliver Christensen",
          "Freja Rasmussen",
          "Lucas Sørensen",
          "Emma Thomsen",
          "Noah Poulsen",
          "Laura Johansen",
          "William Knudsen",
          "Sofia Mortensen",
          "Victor Olsen",
          "Alma Jakobsen",
          "Oscar Madsen",
          "Ella Kristiansen",
          "Carl Andersen",
          "Josefine Holm",
          "August Schmidt",
          "Agnes Eriksen",
          "Magnus Lund",
          "Karla Bach",
          "Elias Dam",
          "Asta Kjær");

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Enrollments enrollments;
  @Inject Unlocking unlocking;
  @Inject Clock clock;

  void tell(OrgUnit children, OrgUnit jobcenter) {
    Account leader =
        accounts.create(
            "leder-bu",
            "Karin Vestergaard",
            DemoData.PASSWORD.toCharArray(),
            Set.of(Role.LEADER),
            children);
    leader.identifyExternallyAs("leder-bu");
    mentor("mentor-bu1", "Pia Dahl", children);
    mentor("mentor-bu2", "Ole Krogh", children);
    mentor("mentor-jc1", "Maja Friis", jobcenter);
    mentor("mentor-jc2", "Søren Bak", jobcenter);
    Programme childrenProgramme = programmeOf(children);
    Programme jobProgramme = programmeOf(jobcenter);
    LocalDate today = DanishTime.today(clock);
    for (int i = 0; i < HIRES; i++) {
      boolean inChildren = i % 2 == 0;
      hire(
          i,
          inChildren ? children : jobcenter,
          inChildren ? childrenProgramme : jobProgramme,
          inChildren ? "mentor-bu" : "mentor-jc",
          today);
    }
  }

  private void hire(int i, OrgUnit unit, Programme programme, String mentors, LocalDate today) {
    String username = "demo-hire-%02d".formatted(i + 1);
    Account hire =
        accounts.create(
            username, NAMES.get(i), DemoData.PASSWORD.toCharArray(), Set.of(Role.HIRE), unit);
    hire.identifyExternallyAs(username);
    LocalDate start = today.minusDays(30 + i * 42L);
    String primary = mentors + (i % 3 == 2 ? "2" : "1");
    String substitute = mentors + (i % 3 == 2 ? "1" : "2");
    long id =
        enrollments.enrol(
            new Enrolment(
                username, null, start, programme.id(), primary, List.of(substitute), List.of()));
    Enrollment enrollment = em.find(Enrollment.class, id);
    // Who left during the programme, who completed it (and who of those left the job later).
    LocalDate leftOn = i % 6 == 3 ? start.plusDays(90 + i * 3L) : null;
    LocalDate completedOn = leftOn == null && i >= 5 ? start.plusDays(150) : null;
    LocalDate end = leftOn != null ? leftOn : completedOn;
    LocalDate lastDay = end == null || end.isAfter(today) ? today : end;
    List<ProcessStep> steps = programme.process().steps();
    for (int s = 0; s < steps.size(); s++) {
      LocalDate reached = start.plusDays(3 + s * 9L);
      if (!reached.isAfter(lastDay)) {
        em.persist(
            new StepEvent(
                enrollment,
                steps.get(s).code(),
                at(reached),
                StepSource.MENTOR,
                null,
                null,
                enrollment.currentMentors(start).get(0).mentor(),
                at(reached)));
      }
    }
    // Some mentors open the programme's last module in the first days, for a case that needed it
    // early: the modules view shows the share opened before the rule required it.
    if (i % 7 == 1) {
      LearningModule last =
          programme.entries().stream()
              .max(java.util.Comparator.comparingInt(ProgrammeEntry::position))
              .orElseThrow()
              .module();
      em.persist(
          new ModuleRelease(
              enrollment,
              last,
              enrollment.currentMentors(start).get(0).mentor(),
              at(start.plusDays(2))));
    }
    em.flush();
    takeModules(i, hire, id, lastDay, end == null);
    reflect(i, enrollment, hire, lastDay, today);
    if (leftOn != null && !leftOn.isAfter(today)) {
      enrollment.end(EnrollmentStatus.LEFT, leftOn);
    } else if (completedOn != null && !completedOn.isAfter(today)) {
      enrollment.end(EnrollmentStatus.COMPLETED, completedOn);
      if (i % 10 == 9 && start.plusDays(540).isBefore(today)) {
        hire.recordEmploymentEnd(start.plusDays(540), "Ny stilling i en anden kommune");
      }
    }
  }

  /**
   * Unlocks and takes modules round by round (a completion can open the next). A hire still on the
   * programme leaves the last module open: untouched for weeks (stalled) for some, halfway for
   * others.
   */
  private void takeModules(
      int i, Account hire, long enrollmentId, LocalDate lastDay, boolean open) {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int round = 0; round < 6; round++) {
      unlocking.unlockDue(enrollmentId);
      List<Object[]> unlocked =
          em.createNativeQuery(
                  "SELECT module_id, unlocked_on FROM module_unlock WHERE enrollment_id = ?1"
                      + " ORDER BY unlocked_on, module_id")
              .setParameter(1, enrollmentId)
              .getResultList();
      boolean progressed = false;
      for (int k = 0; k < unlocked.size(); k++) {
        long moduleId = ((Number) unlocked.get(k)[0]).longValue();
        if (!seen.add(moduleId)) {
          continue;
        }
        LocalDate opened = toDate(unlocked.get(k)[1]);
        LocalDate done = opened.plusDays(1 + (i + k) % 9);
        boolean lastOpen = open && k == unlocked.size() - 1 && round > 0;
        if (lastOpen && i % 4 == 1) {
          attempt(hire, moduleId, opened.plusDays(1), false, null);
        } else if (lastOpen && i % 4 == 2) {
          continue;
        } else if (!done.isAfter(lastDay)) {
          attempt(
              hire,
              moduleId,
              done,
              true,
              (i + k) % 3 == 0 ? null : 0.55 + (i * 7 + k * 3) % 45 / 100.0);
          progressed = true;
        }
      }
      em.flush();
      if (!progressed) {
        return;
      }
    }
  }

  /**
   * Notes on every other completed module: most answered or reviewed by the primary mentor within a
   * day or two, the newest of a hire still on the programme waiting; a status meeting a month, held
   * up to the last day, and the next one planned for a hire still on it.
   */
  private void reflect(
      int i, Enrollment enrollment, Account hire, LocalDate lastDay, LocalDate today) {
    Account mentor = enrollment.currentMentors(enrollment.startDate()).get(0).mentor();
    List<Attempt> done =
        em.createQuery(
                "select a from Attempt a where a.learner = :l and a.completedAt is not null"
                    + " order by a.completedAt",
                Attempt.class)
            .setParameter("l", hire)
            .getResultList();
    for (int k = 0; k < done.size(); k += 2) {
      Attempt attempt = done.get(k);
      Instant written = attempt.completedAt().plus(Duration.ofHours(2));
      ReflectionNote note =
          new ReflectionNote(
              enrollment,
              hire,
              attempt.module(),
              attempt.id(),
              List.of(
                  new ReflectionNote.Answer(
                      "Hvad tager du med fra modulet?",
                      "Jeg vil bruge det i min næste sag og drøfte det med min mentor.")),
              written);
      em.persist(note);
      note.submit(written);
      boolean newest = k + 2 >= done.size();
      if (newest && lastDay.equals(today) && i % 3 != 0) {
        continue;
      }
      Instant answered = written.plus(Duration.ofHours(4 + (i * 5 + k) % 40));
      if ((i + k) % 4 == 0) {
        note.review(NoteState.Outcome.REVIEWED, mentor, answered);
      } else {
        note.comment(mentor, "Godt set. Lad os tage det op til statusmødet.", true, answered);
      }
    }
    for (LocalDate day = enrollment.startDate().plusDays(14); ; day = day.plusDays(30)) {
      if (day.isAfter(lastDay)) {
        if (lastDay.equals(today)) {
          em.persist(new StatusMeeting(enrollment, at(day), "Mødelokale 2", mentor, at(today)));
        }
        break;
      }
      StatusMeeting meeting =
          new StatusMeeting(enrollment, at(day), "Mødelokale 2", mentor, at(day.minusDays(7)));
      em.persist(meeting);
      meeting.sumUp(
          "Gennemgik de seneste moduler og sager.", "Næste skridt aftalt.", mentor, at(day));
    }
  }

  private void attempt(
      Account learner, long moduleId, LocalDate day, boolean complete, Double score) {
    LearningModule module = em.find(LearningModule.class, moduleId);
    if (module == null || module.currentVersion().isEmpty()) {
      return;
    }
    Instant at = at(day);
    Attempt attempt = new Attempt(learner, module.currentVersion().get(), 1, at);
    em.persist(attempt);
    PackageFacts facts =
        PackageFacts.of(
            module.currentVersion().get().id(), module.currentVersion().get().manifest());
    long sequence = 1;
    for (String sco : complete ? facts.scoIdentifiers() : facts.scoIdentifiers().subList(0, 1)) {
      attempt.commit(
          sequence++,
          sco,
          "{}",
          complete
              ? new ScoResult(
                  ScoResult.Completion.COMPLETED,
                  ScoResult.Success.PASSED,
                  null,
                  score == null ? null : BigDecimal.valueOf(score))
              : new ScoResult(
                  ScoResult.Completion.INCOMPLETE, ScoResult.Success.UNKNOWN, null, null),
          !complete,
          new ScoState.Session(Duration.ofMinutes(12)),
          facts.completion(),
          at);
    }
  }

  private void mentor(String username, String name, OrgUnit unit) {
    accounts
        .create(username, name, DemoData.PASSWORD.toCharArray(), Set.of(Role.MENTOR), unit)
        .identifyExternallyAs(username);
  }

  private Programme programmeOf(OrgUnit unit) {
    return em.createQuery(
            "select p from Programme p where p.orgUnit = :u order by p.id", Programme.class)
        .setParameter("u", unit)
        .setMaxResults(1)
        .getSingleResult();
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(DanishTime.ZONE).toInstant();
  }

  private static LocalDate toDate(Object value) {
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }
}
