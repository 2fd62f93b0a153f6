package dk.godstart.enrollment.domain;

import dk.godstart.catalog.domain.LearningModule;
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
import java.time.LocalDate;

/**
 * A module unlocked for an enrolment, recorded once and kept: an unlocked module stays available
 * even if the programme changes later. Until the hire has seen it, it is news.
 */
@Entity
@Table(name = "module_unlock")
public class UnlockedModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @Column(name = "unlocked_on", nullable = false)
  private LocalDate unlockedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  /** The reason as JSON (see {@code UnlockReasons}), so pages can say it in either language. */
  @Column(nullable = false, columnDefinition = "TEXT")
  private String reason;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "seen_at")
  private Instant seenAt;

  protected UnlockedModule() {}

  public LearningModule module() {
    return module;
  }

  public LocalDate unlockedOn() {
    return unlockedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String reason() {
    return reason;
  }

  public boolean isNew() {
    return seenAt == null;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public void markSeen(Instant now) {
    if (seenAt == null) {
      seenAt = now;
    }
  }
}
