package dk.godstart.process.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import dk.godstart.process.domain.CaseworkProcess;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Programme;
import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authors keep the programme templates: which modules, in which phase, on which unlock rule. A
 * template can be copied to another unit. Leaders read them to enrol hires.
 */
@ApplicationScoped
@Transactional
public class Programmes {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;

  public List<Programme> all() {
    currentUser.require(Role.AUTHOR, Role.LEADER, Role.ADMIN);
    return em.createQuery("select p from Programme p order by p.name", Programme.class)
        .getResultList();
  }

  public Programme get(long id) {
    currentUser.require(Role.AUTHOR, Role.LEADER, Role.ADMIN);
    return require(id);
  }

  /** Whether the caller may change templates at all; asked before a request's content is read. */
  public void requireMayEdit() {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
  }

  /** Puts a module in the programme on these terms, or changes its terms if it is there. */
  public void setModule(long programmeId, long moduleId, EntryTerms terms) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    putModule(require(programmeId), moduleId, terms);
  }

  public void removeModule(long programmeId, long moduleId) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    require(programmeId).remove(moduleId);
  }

  /** The organisation's units by name, for choosing where a template is copied to. */
  public Map<String, Long> units() {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    Map<String, Long> units = new LinkedHashMap<>();
    em.createQuery("select u from OrgUnit u order by u.name", OrgUnit.class)
        .getResultStream()
        .forEach(unit -> units.put(unit.name(), unit.id()));
    return units;
  }

  /** Copies a template to a unit; without a name the copy keeps the original's. */
  public long copyTo(long programmeId, long orgUnitId, String name) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    OrgUnit unit = em.find(OrgUnit.class, orgUnitId);
    if (unit == null) {
      throw new InvalidInput(
          "invalid-input", List.of(Detail.of("programme.unknown-unit", "orgUnitId")));
    }
    Programme original = require(programmeId);
    String copyName = name == null || name.isBlank() ? original.name() : name.strip();
    Programme copy = original.copyTo(unit, copyName, clock.instant());
    em.persist(copy);
    em.flush();
    return copy.id();
  }

  /** A new, empty programme for a unit on one of the casework processes. */
  public Programme create(
      long orgUnitId, long processId, String name, String description, boolean hiresReportSteps) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    Programme programme =
        new Programme(
            em.getReference(OrgUnit.class, orgUnitId),
            em.find(CaseworkProcess.class, processId),
            name,
            description,
            hiresReportSteps,
            clock.instant());
    em.persist(programme);
    em.flush();
    return programme;
  }

  private void putModule(Programme programme, long moduleId, EntryTerms terms) {
    LearningModule module = em.find(LearningModule.class, moduleId);
    if (module == null) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("module.not-found", "moduleId")));
    }
    requireKnownSteps(programme.process(), terms.rule());
    if (programme.entries().stream().anyMatch(e -> e.module().id().equals(moduleId))) {
      programme.change(moduleId, terms);
    } else {
      programme.add(module, terms);
    }
  }

  /** A rule may only wait for steps that the programme's process has. */
  private static void requireKnownSteps(CaseworkProcess process, UnlockRule rule) {
    if (rule instanceof StepReached step && process.step(step.stepCode()).isEmpty()) {
      throw new InvalidInput(
          "programme.unknown-step",
          List.of(Detail.of("programme.unknown-step", "rule", step.stepCode())),
          step.stepCode());
    }
    if (rule instanceof AllOf all) {
      all.rules().forEach(part -> requireKnownSteps(process, part));
    }
    if (rule instanceof AnyOf any) {
      any.rules().forEach(part -> requireKnownSteps(process, part));
    }
  }

  private Programme require(long id) {
    Programme programme = em.find(Programme.class, id);
    if (programme == null) {
      throw new NotFound("programme.not-found");
    }
    return programme;
  }
}
