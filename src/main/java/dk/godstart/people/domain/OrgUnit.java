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

  /** Whether this unit is {@code other} or lies somewhere below it. */
  public boolean isWithin(OrgUnit other) {
    for (OrgUnit u = this; u != null; u = u.parent) {
      if (u == other || (u.id != null && u.id.equals(other.id))) {
        return true;
      }
    }
    return false;
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name).strip();
  }

  /**
   * Moves the unit, with everything below it, under another unit, or to the top with {@code null}.
   * Refused when the new parent is the unit itself or lies below it: the tree would become a cycle
   * that has no top.
   */
  public void moveUnder(OrgUnit newParent) {
    if (newParent != null && newParent.isWithin(this)) {
      throw new dk.godstart.kernel.InvalidInput(
          "invalid-input",
          java.util.List.of(dk.godstart.kernel.Detail.of("org-unit.cycle", "parent", name)));
    }
    this.parent = newParent;
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
