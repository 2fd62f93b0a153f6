package dk.godstart.reflection.domain;

import dk.godstart.people.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A point the hire or a mentor put on a meeting's agenda: a question, a wish. */
@Entity
@Table(name = "meeting_point")
public class MeetingPoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private StatusMeeting meeting;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private Account author;

  @Column(nullable = false, length = 1000)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MeetingPoint() {}

  MeetingPoint(StatusMeeting meeting, Account author, String text, Instant createdAt) {
    this.meeting = meeting;
    this.author = author;
    this.text = text;
    this.createdAt = createdAt;
  }

  public Account author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
