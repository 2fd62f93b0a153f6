package dk.godstart.process.domain;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.process.domain.unlock.ProgrammeModule;
import dk.godstart.process.domain.unlock.UnlockRule;
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

/** One module of a programme: its phase, its unlock rule, whether it is required, its due time. */
@Entity
@Table(name = "programme_module")
public class ProgrammeEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Phase phase;

  @Column(name = "unlock_rule", nullable = false, columnDefinition = "TEXT")
  private UnlockRule rule;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "due_days")
  private Integer dueDays;

  protected ProgrammeEntry() {}

  ProgrammeEntry(Programme programme, LearningModule module, int position, EntryTerms terms) {
    this.programme = programme;
    this.module = module;
    this.position = position;
    change(terms);
  }

  void change(EntryTerms terms) {
    this.phase = terms.phase();
    this.rule = terms.rule();
    this.required = terms.required();
    this.dueDays = terms.dueDays();
  }

  void moveTo(int position) {
    this.position = position;
  }

  /** The entry as the unlock evaluation sees it. */
  public ProgrammeModule forEvaluation() {
    return new ProgrammeModule(module.id(), rule, required, dueDays);
  }

  public Long id() {
    return id;
  }

  public LearningModule module() {
    return module;
  }

  public int position() {
    return position;
  }

  public EntryTerms terms() {
    return new EntryTerms(phase, rule, required, dueDays);
  }
}
