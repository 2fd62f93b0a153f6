package dk.godstart.process.web;

import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.ProcessStep;
import dk.godstart.process.domain.Programme;
import dk.godstart.process.domain.ProgrammeEntry;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code process/programmes.xhtml} (Programmer): the programme templates, a module's phase
 * and unlock rule, and copying a template to another unit.
 */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Programmes programmes;
  @Inject transient ModuleCatalog catalog;

  private Long programmeId;
  private Long moduleId;
  private Phase phase = Phase.LAERING;
  private RuleForm rule = new RuleForm();
  private boolean required = true;
  private Integer dueDays;
  private Long copyFrom;
  private Long copyTo;
  private String copyName;
  private String done;
  private String editing;

  /** One programme with its modules described in words. */
  public record ProgrammeRow(Programme programme, List<EntryRow> entries) {}

  /** One module of a programme in words. */
  public record EntryRow(
      long moduleId, String title, Phase phase, String rule, boolean required, Integer dueDays) {}

  public List<ProgrammeRow> getProgrammes() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<Long, String> titles = catalog.availableModules();
    return programmes.all().stream()
        .map(
            p -> {
              RuleDescriptions words =
                  new RuleDescriptions(
                      faces.getApplication().getResourceBundle(faces, "msg"), p.process(), titles);
              return new ProgrammeRow(p, p.entries().stream().map(e -> row(e, words)).toList());
            })
        .toList();
  }

  private static EntryRow row(ProgrammeEntry entry, RuleDescriptions words) {
    EntryTerms terms = entry.terms();
    return new EntryRow(
        entry.module().id(),
        entry.module().title(),
        terms.phase(),
        words.describe(terms.rule()),
        terms.required(),
        terms.dueDays());
  }

  public Map<Long, String> getModules() {
    return catalog.availableModules();
  }

  public void setModule() {
    programmes.setModule(
        programmeId, moduleId, new EntryTerms(phase, rule.rule(), required, dueDays));
    FacesContext faces = FacesContext.getCurrentInstance();
    String text =
        faces.getApplication().getResourceBundle(faces, "msg").getString("programme.saved");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    editing = null;
  }

  /** Fills the form with a module's current terms, so that a change starts from what is there. */
  public void edit(long programme, long module) {
    Programme chosen = programmes.get(programme);
    ProgrammeEntry entry =
        chosen.entries().stream()
            .filter(e -> e.module().id() == module)
            .findFirst()
            .orElseThrow(() -> new NotFound("module.not-found"));
    EntryTerms terms = entry.terms();
    programmeId = programme;
    moduleId = module;
    phase = terms.phase();
    rule = RuleForm.of(terms.rule());
    required = terms.required();
    dueDays = terms.dueDays();
    FacesContext faces = FacesContext.getCurrentInstance();
    editing =
        new MessageFormat(
                faces
                    .getApplication()
                    .getResourceBundle(faces, "msg")
                    .getString("programme.editing"),
                faces.getViewRoot().getLocale())
            .format(new Object[] {entry.module().title(), chosen.name()});
  }

  /** "Du retter …" above the form while a module's terms are being edited; empty otherwise. */
  public String getEditing() {
    return editing;
  }

  /**
   * The steps of the chosen programme's casework process (of the first programme before one is
   * chosen), by name: authors pick a step, they do not type its code.
   */
  public List<ProcessStep> getSteps() {
    return programmes.all().stream()
        .filter(p -> programmeId == null || p.id().equals(programmeId))
        .findFirst()
        .map(p -> p.process().steps())
        .orElse(List.of());
  }

  /** Org units by name, for the copy form. */
  public Map<String, Long> getUnits() {
    return programmes.units();
  }

  /** Copies the chosen template, with its modules and rules, to another unit. */
  public void copy() {
    if (copyFrom == null || copyTo == null) {
      throw new InvalidInput(
          "invalid-input",
          List.of(Detail.of("field.required", copyFrom == null ? "programmeId" : "orgUnitId")));
    }
    programmes.copyTo(copyFrom, copyTo, copyName);
    FacesContext faces = FacesContext.getCurrentInstance();
    String text =
        faces.getApplication().getResourceBundle(faces, "msg").getString("programme.copied");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    copyName = null;
  }

  public RuleForm getRule() {
    return rule;
  }

  public Long getCopyFrom() {
    return copyFrom;
  }

  public void setCopyFrom(Long copyFrom) {
    this.copyFrom = copyFrom;
  }

  public Long getCopyTo() {
    return copyTo;
  }

  public void setCopyTo(Long copyTo) {
    this.copyTo = copyTo;
  }

  public String getCopyName() {
    return copyName;
  }

  public void setCopyName(String copyName) {
    this.copyName = copyName;
  }

  public void removeModule(long programme, long module) {
    String title =
        getProgrammes().stream()
            .filter(row -> row.programme().id() == programme)
            .flatMap(row -> row.entries().stream())
            .filter(entry -> entry.moduleId() == module)
            .map(EntryRow::title)
            .findFirst()
            .orElse("");
    programmes.removeModule(programme, module);
    FacesContext faces = FacesContext.getCurrentInstance();
    done =
        new MessageFormat(
                faces
                    .getApplication()
                    .getResourceBundle(faces, "msg")
                    .getString("programme.removed"),
                faces.getViewRoot().getLocale())
            .format(new Object[] {title});
  }

  /** What the last removal did, in words, above the programmes: empty before any. */
  public String getDone() {
    return done;
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public void setModuleId(Long moduleId) {
    this.moduleId = moduleId;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public Integer getDueDays() {
    return dueDays;
  }

  public void setDueDays(Integer dueDays) {
    this.dueDays = dueDays;
  }
}
