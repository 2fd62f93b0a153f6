package dk.godstart.reflection.domain;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.domain.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A status meeting of a hire with their mentors: planned with a time and a place, held when a
 * mentor writes its summary and the agreed next steps. Its agenda's own points are kept here; the
 * template and the notes to discuss are put together by {@link Agenda}.
 */
@Entity
@Table(name = "status_meeting")
public class StatusMeeting {

  public static final int MAX_TEXT = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false, length = 200)
  private String place;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "planned_by_id")
  private Account plannedBy;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  private String summary;

  @Column(name = "next_steps")
  private String nextSteps;

  @Column(name = "held_at")
  private Instant heldAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "summary_by_id")
  private Account summaryBy;

  @Version private long version;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
  @OrderBy("createdAt, id")
  private List<MeetingPoint> points = new ArrayList<>();

  protected StatusMeeting() {}

  public StatusMeeting(
      Enrollment enrollment, Instant startsAt, String place, Account plannedBy, Instant now) {
    if (startsAt == null) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("meeting.starts-at", "startsAt")));
    }
    if (place == null || place.isBlank() || place.length() > 200) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("meeting.place", "place")));
    }
    this.enrollment = enrollment;
    this.startsAt = startsAt;
    this.place = place.strip();
    this.plannedBy = plannedBy;
    this.plannedAt = now;
  }

  public MeetingPoint addPoint(Account author, String text, Instant now) {
    if (isHeld()) {
      throw new Conflict("meeting.held");
    }
    if (text == null || text.isBlank() || text.length() > 1000) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("meeting.point", "text", 1000)));
    }
    if (CprNumbers.appearIn(text)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("note.cpr", "text")));
    }
    MeetingPoint point = new MeetingPoint(this, author, text.strip(), now);
    points.add(point);
    return point;
  }

  /** The meeting was held: its summary and next steps (written again if a mentor corrects them). */
  public void sumUp(String summary, String nextSteps, Account mentor, Instant now) {
    List<Detail> details = new ArrayList<>();
    if (summary == null || summary.isBlank() || summary.length() > MAX_TEXT) {
      details.add(Detail.of("meeting.summary", "summary", MAX_TEXT));
    } else if (CprNumbers.appearIn(summary)) {
      details.add(Detail.of("note.cpr", "summary"));
    }
    if (nextSteps != null && nextSteps.length() > MAX_TEXT) {
      details.add(Detail.of("meeting.summary", "nextSteps", MAX_TEXT));
    } else if (CprNumbers.appearIn(nextSteps)) {
      details.add(Detail.of("note.cpr", "nextSteps"));
    }
    if (!details.isEmpty()) {
      throw new InvalidInput("invalid-input", details);
    }
    this.summary = summary.strip();
    this.nextSteps = nextSteps == null ? "" : nextSteps.strip();
    this.summaryBy = mentor;
    if (heldAt == null) {
      this.heldAt = now;
    }
  }

  public boolean isHeld() {
    return heldAt != null;
  }

  public Long id() {
    return id;
  }

  public Enrollment enrollment() {
    return enrollment;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public String place() {
    return place;
  }

  public Account plannedBy() {
    return plannedBy;
  }

  public Instant plannedAt() {
    return plannedAt;
  }

  public String summary() {
    return summary;
  }

  public String nextSteps() {
    return nextSteps;
  }

  public Instant heldAt() {
    return heldAt;
  }

  public List<MeetingPoint> points() {
    return Collections.unmodifiableList(points);
  }
}
