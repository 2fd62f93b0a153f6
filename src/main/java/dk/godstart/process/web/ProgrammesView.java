package dk.godstart.process.web;

import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.Programme;
import dk.godstart.process.domain.ProgrammeEntry;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.MentorRelease;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
  private String ruleKind = "step";
  private String step;
  private Integer day;
  private Long afterModule;
  private boolean required = true;
  private Integer dueDays;

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
    UnlockRule rule =
        switch (ruleKind) {
          case "day" -> new DayReached(day == null ? 0 : day);
          case "module" -> new ModuleCompleted(afterModule == null ? -1 : afterModule);
          case "release" -> new MentorRelease();
          default -> new StepReached(step == null ? "" : step);
        };
    programmes.setModule(programmeId, moduleId, new EntryTerms(phase, rule, required, dueDays));
  }

  public void removeModule(long programme, long module) {
    programmes.removeModule(programme, module);
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

  public String getRuleKind() {
    return ruleKind;
  }

  public void setRuleKind(String ruleKind) {
    this.ruleKind = ruleKind;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public Integer getDay() {
    return day;
  }

  public void setDay(Integer day) {
    this.day = day;
  }

  public Long getAfterModule() {
    return afterModule;
  }

  public void setAfterModule(Long afterModule) {
    this.afterModule = afterModule;
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
