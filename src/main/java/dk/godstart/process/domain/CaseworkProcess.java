package dk.godstart.process.domain;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.OrgUnit;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A department's casework process: its steps in order, e.g. underretning, screening, børnefaglig
 * undersøgelse, barnets plan, opfølgning. The process is data that authors edit.
 */
@Entity
@Table(name = "casework_process")
public class CaseworkProcess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(columnDefinition = "TEXT")
  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "process", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProcessStep> steps = new ArrayList<>();

  protected CaseworkProcess() {}

  public CaseworkProcess(OrgUnit orgUnit, String name, String description, Instant createdAt) {
    this.orgUnit = orgUnit;
    this.name = name;
    this.description = description;
    this.createdAt = createdAt;
  }

  /** Adds a step at the end. Codes are unique within a process: case systems send them. */
  public ProcessStep addStep(StepDefinition definition) {
    if (step(definition.code()).isPresent()) {
      throw new Conflict("step.code-taken", definition.code());
    }
    ProcessStep step = new ProcessStep(this, steps.size() + 1, definition);
    steps.add(step);
    return step;
  }

  public void redefineStep(long stepId, StepDefinition definition) {
    ProcessStep step = stepById(stepId);
    step(definition.code())
        .filter(other -> other != step)
        .ifPresent(
            other -> {
              throw new Conflict("step.code-taken", definition.code());
            });
    step.define(definition);
  }

  public void removeStep(long stepId) {
    steps.remove(stepById(stepId));
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).moveTo(i + 1);
    }
  }

  public Optional<ProcessStep> step(String code) {
    return steps.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  private ProcessStep stepById(long stepId) {
    return steps.stream()
        .filter(s -> s.id() != null && s.id() == stepId)
        .findFirst()
        .orElseThrow(() -> new NotFound("step.not-found"));
  }

  public Long id() {
    return id;
  }

  public OrgUnit orgUnit() {
    return orgUnit;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<ProcessStep> steps() {
    return Collections.unmodifiableList(steps);
  }
}
