package dk.godstart.reflection.application;

import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.NotFound;
import dk.godstart.reflection.application.NoteViews.Person;
import dk.godstart.reflection.domain.NoteState;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.StatusMeeting;
import dk.godstart.reflection.infrastructure.MeetingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Status meetings of a hire with their mentors: planned by a mentor; the agenda is the template,
 * the notes marked "til statusmøde" (on the next meeting only, until it is summed up) and the
 * points the hire and mentors add; the summary makes the discussed notes reviewed.
 */
@ApplicationScoped
@Transactional
public class Meetings {

  /** The template's points, in order (texts in the agenda bundle). */
  static final List<String> TEMPLATE = List.of("since", "goals", "workload", "questions", "next");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject NoteAccess access;
  @Inject Enrollments enrollments;
  @Inject Notifications notifications;
  @Inject MeetingCalendar calendar;

  /** A meeting in a list. */
  public record MeetingSummary(long id, Instant startsAt, String place, boolean held) {}

  /** One point of an agenda: a template point, a note to discuss, or someone's own point. */
  public record AgendaItem(String kind, String text, Long noteId, Person author) {}

  /** A meeting with its agenda and, once held, its summary and next steps. */
  public record MeetingView(
      long id,
      long enrollmentId,
      Person hire,
      Instant startsAt,
      String place,
      boolean held,
      String summary,
      String nextSteps,
      List<AgendaItem> agenda,
      boolean mentor) {}

  public List<MeetingSummary> of(long enrollmentId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireHireOrMentor(enrollment);
    return meetings(enrollment).stream()
        .map(m -> new MeetingSummary(m.id(), m.startsAt(), m.place(), m.isHeld()))
        .toList();
  }

  public long plan(long enrollmentId, Instant startsAt, String place) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireMentor(enrollment);
    StatusMeeting meeting =
        new StatusMeeting(enrollment, startsAt, place, access.caller(), clock.instant());
    em.persist(meeting);
    em.flush();
    notifications.meetingPlanned(meeting);
    return meeting.id();
  }

  public MeetingView read(long meetingId, Locale locale) {
    StatusMeeting meeting = require(meetingId);
    access.requireHireOrMentor(meeting.enrollment());
    return view(meeting, locale);
  }

  public void addPoint(long meetingId, String text) {
    StatusMeeting meeting = require(meetingId);
    access.requireHireOrMentor(meeting.enrollment());
    meeting.addPoint(access.caller(), text, clock.instant());
  }

  /** The meeting was held: its summary; the notes it discussed become reviewed. */
  public void sumUp(long meetingId, String summary, String nextSteps) {
    StatusMeeting meeting = require(meetingId);
    access.requireMentor(meeting.enrollment());
    boolean first = !meeting.isHeld();
    List<ReflectionNote> discussed = first ? notesOn(meeting) : List.of();
    meeting.sumUp(summary, nextSteps, access.caller(), clock.instant());
    discussed.forEach(n -> n.discussedAt(meeting, access.caller(), clock.instant()));
  }

  public String calendar(long meetingId, Locale locale) {
    StatusMeeting meeting = require(meetingId);
    access.requireHireOrMentor(meeting.enrollment());
    return calendar.ics(
        meeting.id(),
        meeting.startsAt(),
        meeting.place(),
        texts(locale).getString("agenda.title") + ": " + meeting.enrollment().hire().displayName(),
        clock.instant());
  }

  /** Whether the caller may plan and sum up this hire's meetings. */
  public boolean isMentorOf(long enrollmentId) {
    return access.isMentor(enrollments.require(enrollmentId));
  }

  /** The next planned meeting of an enrolment that is not yet summed up. */
  public Optional<MeetingSummary> next(long enrollmentId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireHireOrMentor(enrollment);
    return nextOf(enrollment).map(m -> new MeetingSummary(m.id(), m.startsAt(), m.place(), false));
  }

  /** How many notes wait for the next status meeting ("3 punkter venter"). */
  public long waitingToDiscuss(long enrollmentId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireHireOrMentor(enrollment);
    return discussNotes(enrollment).size();
  }

  private MeetingView view(StatusMeeting meeting, Locale locale) {
    ResourceBundle texts = texts(locale);
    List<AgendaItem> agenda = new ArrayList<>();
    TEMPLATE.forEach(
        key ->
            agenda.add(new AgendaItem("template", texts.getString("agenda." + key), null, null)));
    for (ReflectionNote n : notesOn(meeting)) {
      String about = n.module() == null ? texts.getString("agenda.logbook") : n.module().title();
      agenda.add(new AgendaItem("note", about, n.id(), Person.of(n.author())));
    }
    meeting
        .points()
        .forEach(p -> agenda.add(new AgendaItem("point", p.text(), null, Person.of(p.author()))));
    return new MeetingView(
        meeting.id(),
        meeting.enrollment().id(),
        Person.of(meeting.enrollment().hire()),
        meeting.startsAt(),
        meeting.place(),
        meeting.isHeld(),
        meeting.summary(),
        meeting.nextSteps(),
        agenda,
        access.isMentor(meeting.enrollment()));
  }

  /** A held meeting's discussed notes; the next meeting's: the notes marked to discuss. */
  private List<ReflectionNote> notesOn(StatusMeeting meeting) {
    if (meeting.isHeld()) {
      return em.createQuery(
              "select n from ReflectionNote n where n.discussedIn = :m order by n.submittedAt",
              ReflectionNote.class)
          .setParameter("m", meeting)
          .getResultList();
    }
    boolean isNext =
        nextOf(meeting.enrollment()).map(m -> m.id().equals(meeting.id())).orElse(false);
    return isNext ? discussNotes(meeting.enrollment()) : List.of();
  }

  private List<ReflectionNote> discussNotes(Enrollment enrollment) {
    return em.createQuery(
            "select n from ReflectionNote n where n.enrollment = :e and n.state = :s order by"
                + " n.submittedAt, n.id",
            ReflectionNote.class)
        .setParameter("e", enrollment)
        .setParameter("s", NoteState.DISCUSS)
        .getResultList();
  }

  private Optional<StatusMeeting> nextOf(Enrollment enrollment) {
    return meetings(enrollment).stream().filter(m -> !m.isHeld()).findFirst();
  }

  private List<StatusMeeting> meetings(Enrollment enrollment) {
    return em.createQuery(
            "select m from StatusMeeting m where m.enrollment = :e order by m.startsAt, m.id",
            StatusMeeting.class)
        .setParameter("e", enrollment)
        .getResultList();
  }

  /* Checked before a request body is read: a caller without the right gets 403 whatever they sent. */

  public void requireMayPlan(long enrollmentId) {
    access.requireMentor(enrollments.require(enrollmentId));
  }

  public void requireMayAddPoint(long meetingId) {
    access.requireHireOrMentor(require(meetingId).enrollment());
  }

  public void requireMaySumUp(long meetingId) {
    access.requireMentor(require(meetingId).enrollment());
  }

  private StatusMeeting require(long meetingId) {
    StatusMeeting meeting = em.find(StatusMeeting.class, meetingId);
    if (meeting == null) {
      throw new NotFound("meeting.not-found");
    }
    return meeting;
  }

  static ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(
        "dk.godstart.reflection.agenda",
        "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da"));
  }
}
