package dk.godstart.process.web;

import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Phase;
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
  private final RuleForm rule = new RuleForm();
  private boolean required = true;
  private Integer dueDays;
  private Long copyFrom;
  private Long copyTo;
  private String copyName;
  private String done;

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
