package dk.godstart.process.domain;

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

/** One step of a casework process, e.g. "Børnefaglig undersøgelse", known by its code. */
@Entity
@Table(name = "process_step")
public class ProcessStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "process_id")
  private CaseworkProcess process;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 100)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(columnDefinition = "TEXT")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Phase phase;

  protected ProcessStep() {}

  ProcessStep(CaseworkProcess process, int position, StepDefinition definition) {
    this.process = process;
    this.position = position;
    define(definition);
  }

  void define(StepDefinition definition) {
    this.code = definition.code();
    this.name = definition.name();
    this.description = definition.description();
    this.phase = definition.phase();
  }

  void moveTo(int position) {
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Phase phase() {
    return phase;
  }

  public StepDefinition definition() {
    return new StepDefinition(code, name, description, phase);
  }
}
