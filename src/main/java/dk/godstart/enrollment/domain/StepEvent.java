package dk.godstart.enrollment.domain;

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
 * A hire reached a casework step, as the hire, a mentor or a case system reported it. A case
 * system's event id makes a repeated report harmless; its case reference is an opaque pseudonym.
 */
@Entity
@Table(name = "step_event")
public class StepEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @Column(name = "step_code", nullable = false, length = 100)
  private String stepCode;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StepSource source;

  @Column(name = "event_id", length = 100)
  private String eventId;

  @Column(name = "case_ref", length = 100)
  private String caseRef;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recorded_by_id")
  private Account recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected StepEvent() {}

  public StepEvent(
      Enrollment enrollment,
      String stepCode,
      Instant occurredAt,
      StepSource source,
      String eventId,
      String caseRef,
      Account recordedBy,
      Instant recordedAt) {
    this.enrollment = enrollment;
    this.stepCode = stepCode;
    this.occurredAt = occurredAt;
    this.source = source;
    this.eventId = eventId;
    this.caseRef = caseRef;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public Account recordedBy() {
    return recordedBy;
  }

  public Enrollment enrollment() {
    return enrollment;
  }

  public String stepCode() {
    return stepCode;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public StepSource source() {
    return source;
  }
}
