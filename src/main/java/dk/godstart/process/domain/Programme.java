package dk.godstart.process.domain;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.process.domain.unlock.ProgrammeModule;
import dk.godstart.process.domain.unlock.UnlockRule;
import dk.godstart.process.domain.unlock.WaitCycles;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A programme template (introduktionsprogram) of an organisation unit: the modules a new hire gets,
 * over the four phases, each with the rule that unlocks it along the unit's casework process.
 */
@Entity
@Table(name = "programme")
public class Programme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "process_id")
  private CaseworkProcess process;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(columnDefinition = "TEXT")
  private String description;

  @Column(name = "hires_report_steps", nullable = false)
  private boolean hiresReportSteps;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProgrammeEntry> entries = new ArrayList<>();

  protected Programme() {}

  public Programme(
      OrgUnit orgUnit,
      CaseworkProcess process,
      String name,
      String description,
      boolean hiresReportSteps,
      Instant createdAt) {
    this.orgUnit = orgUnit;
    this.process = process;
    this.name = name;
    this.description = description;
    this.hiresReportSteps = hiresReportSteps;
    this.createdAt = createdAt;
  }

  /** Adds a module at the end; a module is in a programme once. */
  public ProgrammeEntry add(LearningModule module, EntryTerms terms) {
    if (entry(module.id()) != null) {
      throw new Conflict("programme.module-present");
    }
    requireNoWaitCycle(module, terms);
    ProgrammeEntry entry = new ProgrammeEntry(this, module, entries.size() + 1, terms);
    entries.add(entry);
    return entry;
  }

  public void change(long moduleId, EntryTerms terms) {
    ProgrammeEntry entry = existing(moduleId);
    requireNoWaitCycle(entry.module(), terms);
    entry.change(terms);
  }

  /** Refuses terms under which the module would wait for itself through other modules' rules. */
  private void requireNoWaitCycle(LearningModule module, EntryTerms terms) {
    Map<Long, UnlockRule> rules = new HashMap<>();
    Map<Long, String> titles = new HashMap<>();
    for (ProgrammeEntry entry : entries) {
      rules.put(entry.module().id(), entry.terms().rule());
      titles.put(entry.module().id(), entry.module().title());
    }
    rules.put(module.id(), terms.rule());
    titles.put(module.id(), module.title());
    Optional<List<Long>> cycle = WaitCycles.through(module.id(), rules);
    if (cycle.isPresent()) {
      String chain =
          cycle.get().stream()
              .map(id -> "\"" + titles.getOrDefault(id, "#" + id) + "\"")
              .collect(Collectors.joining(" → "));
      throw new InvalidInput(
          "programme.wait-cycle", List.of(Detail.of("programme.wait-cycle", "rule", chain)), chain);
    }
  }

  public void remove(long moduleId) {
    entries.remove(existing(moduleId));
    for (int i = 0; i < entries.size(); i++) {
      entries.get(i).moveTo(i + 1);
    }
  }

  /** A copy for another unit, on the same process, with every module on the same terms. */
  public Programme copyTo(OrgUnit unit, String name, Instant now) {
    Programme copy = new Programme(unit, process, name, description, hiresReportSteps, now);
    entries.forEach(entry -> copy.add(entry.module(), entry.terms()));
    return copy;
  }

  public void allowHiresToReportSteps(boolean allowed) {
    this.hiresReportSteps = allowed;
  }

  /** The programme as the unlock evaluation sees it. */
  public List<ProgrammeModule> forEvaluation() {
    return entries.stream().map(ProgrammeEntry::forEvaluation).toList();
  }

  private ProgrammeEntry entry(Long moduleId) {
    return entries.stream().filter(e -> e.module().id().equals(moduleId)).findFirst().orElse(null);
  }

  private ProgrammeEntry existing(long moduleId) {
    ProgrammeEntry entry = entry(moduleId);
    if (entry == null) {
      throw new NotFound("programme.module-absent");
    }
    return entry;
  }

  public Long id() {
    return id;
  }

  public OrgUnit orgUnit() {
    return orgUnit;
  }

  public CaseworkProcess process() {
    return process;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public boolean hiresReportSteps() {
    return hiresReportSteps;
  }

  public List<ProgrammeEntry> entries() {
    return Collections.unmodifiableList(entries);
  }
}
