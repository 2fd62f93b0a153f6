package dk.godstart.reflection.web;

import dk.godstart.kernel.DanishTime;
import dk.godstart.reflection.application.Meetings;
import dk.godstart.reflection.application.Meetings.MeetingSummary;
import dk.godstart.reflection.application.Meetings.MeetingView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Backs {@code reflection/meetings.xhtml}: a hire's status meetings ({@code ?enrollment=}), the one
 * chosen ({@code &meeting=}) with its agenda; mentors plan and sum up, both add points.
 */
@Named
@ViewScoped
public class MeetingPageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Meetings meetings;

  private Long enrollment;
  private Long meeting;
  private List<MeetingSummary> list;
  private MeetingView current;
  private long waiting;
  private boolean mentor;
  private LocalDateTime startsAt;
  private String place;
  private String point;
  private String summary;
  private String nextSteps;

  public void load() {
    if (enrollment == null && meeting != null) {
      enrollment = meetings.read(meeting, locale()).enrollmentId();
    }
    if (enrollment == null) {
      throw new dk.godstart.kernel.NotFound("enrollment.not-found");
    }
    list = meetings.of(enrollment);
    mentor = meetings.isMentorOf(enrollment);
    // Notes to discuss join the next meeting's agenda; without one planned they wait, and say so.
    waiting = meetings.next(enrollment).isPresent() ? 0 : meetings.waitingToDiscuss(enrollment);
    if (meeting == null) {
      meeting =
          meetings
              .next(enrollment)
              .map(MeetingSummary::id)
              .orElse(list.isEmpty() ? null : list.get(list.size() - 1).id());
    }
    current = meeting == null ? null : meetings.read(meeting, locale());
    if (current != null && current.enrollmentId() != enrollment) {
      throw new dk.godstart.kernel.NotFound("meeting.not-found");
    }
    if (current != null && current.held()) {
      summary = current.summary();
      nextSteps = current.nextSteps();
    }
  }

  public void plan() {
    meeting =
        meetings.plan(
            enrollment,
            startsAt == null ? null : startsAt.atZone(DanishTime.ZONE).toInstant(),
            place);
    startsAt = null;
    place = null;
    load();
  }

  public void addPoint() {
    meetings.addPoint(meeting, point);
    point = null;
    load();
  }

  public void sumUp() {
    meetings.sumUp(meeting, summary, nextSteps);
    load();
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Long getEnrollment() {
    return enrollment;
  }

  public void setEnrollment(Long enrollment) {
    this.enrollment = enrollment;
  }

  public Long getMeeting() {
    return meeting;
  }

  public void setMeeting(Long meeting) {
    this.meeting = meeting;
  }

  public List<MeetingSummary> getList() {
    return list;
  }

  public MeetingView getCurrent() {
    return current;
  }

  public boolean isMentor() {
    return mentor;
  }

  public long getWaiting() {
    return waiting;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getPoint() {
    return point;
  }

  public void setPoint(String point) {
    this.point = point;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }
}
