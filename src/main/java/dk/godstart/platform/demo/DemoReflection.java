package dk.godstart.platform.demo;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.DanishTime;
import dk.godstart.people.domain.Account;
import dk.godstart.reflection.application.ModulePrompts;
import dk.godstart.reflection.domain.NoteState.Outcome;
import dk.godstart.reflection.domain.Notification;
import dk.godstart.reflection.domain.Prompts;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.ReflectionNote.Answer;
import dk.godstart.reflection.domain.StatusMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Sofie's reflections two weeks in: a reviewed note on tavshedspligt with Mette's answer, one on
 * notatpligt waiting in the queue (taken by nobody), a logbook entry Lars answered and marked for
 * the status meeting, a logbook draft; one status meeting held with its summary and the next one
 * planned, whose agenda holds that logbook entry and a question of Sofie's. The sample modules' own
 * closing questions become their prompts.
 */
@ApplicationScoped
public class DemoReflection {

  /** The questions the sample modules ask on their last page. */
  private static final Map<String, String> MODULE_QUESTIONS =
      Map.of(
          "tavshedspligt-persondata", "Hvilken af vanerne vil du arbejde mest med?",
          "partshoering",
              "Hvornår har du sidst været i tvivl om, hvorvidt en oplysning skulle partshøres?",
          "boernefaglig-undersoegelse", "Hvad var sværest at planlægge i din første undersøgelse?");

  private static final String DISCUSS = "Hvad vil du drøfte med din mentor?";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ModulePrompts prompts;

  void tell(long enrollmentId, Map<String, Long> modules) {
    MODULE_QUESTIONS.forEach(
        (name, question) -> {
          Long id = modules.get(name);
          if (id != null) {
            prompts.set(id, List.of(question, DISCUSS));
          }
        });
    Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
    Account sofie = enrollment.hire();
    List<Account> mentors =
        enrollment.currentMentors(DanishTime.today(clock)).stream().map(m -> m.mentor()).toList();
    Account mette = mentors.get(0);
    Account lars = mentors.size() > 1 ? mentors.get(1) : mette;

    StatusMeeting held =
        new StatusMeeting(enrollment, at(7, 10), "Mødelokale 2, Rådhuset", mette, ago(9));
    em.persist(held);
    held.sumUp(
        "Sofie er godt i gang. Vi talte om notatpligten og om at bede om hjælp i tide.",
        "Sofie skriver notater samme dag. Næste møde om to uger.",
        mette,
        at(7, 11));

    note(
            enrollment,
            sofie,
            modules.get("tavshedspligt-persondata"),
            15,
            "Vanen med at låse skærmen, også når jeg kun henter kaffe.")
        .ifPresent(
            n -> {
              n.submit(ago(15));
              n.recordRead(mette, ago(14));
              n.comment(
                  mette,
                  "Godt valgt. Lås skærmen hver gang, også når du kun henter kaffe.",
                  true,
                  ago(14));
              n.review(Outcome.REVIEWED, mette, ago(14));
            });
    note(
            enrollment,
            sofie,
            modules.get("notatpligt"),
            1,
            "At skrive ned hvad der skete og hvorfor, samme dag, også de små telefonsamtaler.")
        .ifPresent(
            n -> {
              n.submit(ago(1));
              mentors.forEach(
                  m ->
                      em.persist(
                          new Notification(
                              m,
                              Notification.Kind.NOTE_SUBMITTED,
                              sofie,
                              n,
                              null,
                              n.module(),
                              ago(1))));
            });
    ReflectionNote logbook =
        new ReflectionNote(
            enrollment,
            sofie,
            null,
            null,
            List.of(
                new Answer(
                    Prompts.LOGBOOK,
                    "Min første underretning: jeg var usikker på, hvornår jeg skal ringe til"
                        + " skolen, og hvornår jeg skal vente.")),
            ago(3));
    em.persist(logbook);
    logbook.submit(ago(3));
    logbook.recordRead(lars, ago(2));
    logbook.comment(
        lars, "Godt spørgsmål. Lad os tage det på statusmødet med en konkret sag.", true, ago(2));
    logbook.review(Outcome.DISCUSS, lars, ago(2));
    em.persist(
        new ReflectionNote(
            enrollment,
            sofie,
            null,
            null,
            List.of(new Answer(Prompts.LOGBOOK, "Børnesamtalen i morgen: husk at")),
            ago(0)));

    StatusMeeting next =
        new StatusMeeting(enrollment, at(-5, 10), "Mødelokale 2, Rådhuset", mette, ago(1));
    em.persist(next);
    next.addPoint(
        sofie, "Hvordan prioriterer jeg, når to underretninger kommer samme dag?", ago(1));
    em.persist(
        new Notification(
            sofie, Notification.Kind.MEETING_PLANNED, mette, null, next, null, ago(1)));
  }

  private java.util.Optional<ReflectionNote> note(
      Enrollment enrollment, Account hire, Long moduleId, int daysAgo, String learnt) {
    if (moduleId == null) {
      return java.util.Optional.empty();
    }
    LearningModule module = em.find(LearningModule.class, moduleId);
    Long attempt =
        em.createQuery(
                "select max(a.id) from Attempt a where a.learner = :l and a.module = :m and"
                    + " a.completedAt is not null",
                Long.class)
            .setParameter("l", hire)
            .setParameter("m", module)
            .getSingleResult();
    if (attempt == null) {
      return java.util.Optional.empty();
    }
    List<String> asked = prompts.of(moduleId);
    List<Answer> answers =
        List.of(
            new Answer(asked.get(0), learnt),
            new Answer(
                asked.size() > 1 ? asked.get(1) : DISCUSS,
                "Hvordan jeg når det hele, når der er travlt."));
    ReflectionNote note =
        new ReflectionNote(enrollment, hire, module, attempt, answers, ago(daysAgo));
    em.persist(note);
    return java.util.Optional.of(note);
  }

  private Instant ago(int days) {
    return clock.instant().minus(Duration.ofDays(days));
  }

  /** Ten o'clock (or another hour) some days ago; a negative number of days is ahead. */
  private Instant at(int daysAgo, int hour) {
    return DanishTime.today(clock)
        .minusDays(daysAgo)
        .atTime(LocalTime.of(hour, 0))
        .atZone(DanishTime.ZONE)
        .toInstant();
  }
}
