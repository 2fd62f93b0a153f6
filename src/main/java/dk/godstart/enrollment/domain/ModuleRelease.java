package dk.godstart.enrollment.domain;

import dk.godstart.catalog.domain.LearningModule;
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

/** A mentor opened a module for a hire, in or outside the programme. */
@Entity
@Table(name = "module_release")
public class ModuleRelease {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "released_by_id")
  private Account releasedBy;

  @Column(name = "released_at", nullable = false)
  private Instant releasedAt;

  protected ModuleRelease() {}

  public ModuleRelease(
      Enrollment enrollment, LearningModule module, Account releasedBy, Instant releasedAt) {
    this.enrollment = enrollment;
    this.module = module;
    this.releasedBy = releasedBy;
    this.releasedAt = releasedAt;
  }

  public LearningModule module() {
    return module;
  }

  public Instant releasedAt() {
    return releasedAt;
  }
}
