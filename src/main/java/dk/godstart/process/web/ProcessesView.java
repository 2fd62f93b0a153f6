package dk.godstart.process.web;

import dk.godstart.process.application.Processes;
import dk.godstart.process.domain.CaseworkProcess;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.StepDefinition;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code process/processes.xhtml} (Sagsprocesser): the departments' casework steps. */
@Named
@ViewScoped
public class ProcessesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Processes processes;

  private Long processId;
  private String code;
  private String name;
  private String description;
  private Phase phase = Phase.LAERING;

  public List<CaseworkProcess> getProcesses() {
    return processes.all();
  }

  public void addStep() {
    processes.addStep(processId, new StepDefinition(code, name, description, phase));
    code = name = description = null;
  }

  public void removeStep(long process, long stepId) {
    processes.removeStep(process, stepId);
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public Long getProcessId() {
    return processId;
  }

  public void setProcessId(Long processId) {
    this.processId = processId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }
}
