package dk.godstart.people.domain;

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
import java.util.Objects;

/** An organisation unit: the kommune itself, a department (Børn og Unge) or a team. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OrgUnit() {}

  public OrgUnit(String name, OrgUnit parent, Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.parent = parent;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public OrgUnit parent() {
    return parent;
  }

  /** The organisation the unit belongs to: the top of its tree (the kommune). */
  public OrgUnit organisation() {
    OrgUnit top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return top;
  }
}
