package dk.godstart.reflection.domain;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.people.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something new for someone, shown in the application until seen. It points at what it is about (a
 * note, a meeting, a module, the hire it concerns) and never holds note text.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** What happened. */
  public enum Kind {
    NOTE_SUBMITTED,
    NOTE_ANSWERED,
    MEETING_PLANNED,
    MODULE_UNLOCKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id")
  private Account recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "note_id")
  private ReflectionNote note;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id")
  private StatusMeeting meeting;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subject_id")
  private Account subject;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "seen_at")
  private Instant seenAt;

  protected Notification() {}

  public Notification(
      Account recipient,
      Kind kind,
      Account subject,
      ReflectionNote note,
      StatusMeeting meeting,
      LearningModule module,
      Instant now) {
    this.recipient = recipient;
    this.kind = kind;
    this.subject = subject;
    this.note = note;
    this.meeting = meeting;
    this.module = module;
    this.createdAt = now;
  }

  public void markSeen(Instant now) {
    if (seenAt == null) {
      seenAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public Account recipient() {
    return recipient;
  }

  public Kind kind() {
    return kind;
  }

  public ReflectionNote note() {
    return note;
  }

  public StatusMeeting meeting() {
    return meeting;
  }

  public LearningModule module() {
    return module;
  }

  public Account subject() {
    return subject;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant seenAt() {
    return seenAt;
  }
}
