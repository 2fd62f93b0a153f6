package dk.godstart.process.application;

import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import dk.godstart.process.domain.CaseworkProcess;
import dk.godstart.process.domain.StepDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Authors keep the casework processes: each department's steps, in order. */
@ApplicationScoped
@Transactional
public class Processes {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;

  public List<CaseworkProcess> all() {
    currentUser.require(Role.AUTHOR, Role.LEADER, Role.ADMIN);
    return em.createQuery("select p from CaseworkProcess p order by p.name", CaseworkProcess.class)
        .getResultList();
  }

  public CaseworkProcess get(long id) {
    currentUser.require(Role.AUTHOR, Role.LEADER, Role.ADMIN);
    return require(id);
  }

  public void addStep(long processId, StepDefinition step) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    require(processId).addStep(step);
  }

  public void redefineStep(long processId, long stepId, StepDefinition step) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    require(processId).redefineStep(stepId, step);
  }

  public void removeStep(long processId, long stepId) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    require(processId).removeStep(stepId);
  }

  /** A new process with its steps. */
  public CaseworkProcess create(
      long orgUnitId, String name, String description, List<StepDefinition> steps) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    CaseworkProcess process =
        new CaseworkProcess(
            em.getReference(OrgUnit.class, orgUnitId), name, description, clock.instant());
    steps.forEach(process::addStep);
    em.persist(process);
    em.flush();
    return process;
  }

  private CaseworkProcess require(long id) {
    CaseworkProcess process = em.find(CaseworkProcess.class, id);
    if (process == null) {
      throw new NotFound("process.not-found");
    }
    return process;
  }
}
