package dk.godstart.reflection.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import dk.godstart.reflection.domain.Prompts;
import dk.godstart.reflection.domain.ReflectionPrompt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** A module's reflection prompts: set by authors, the defaults until then. */
@ApplicationScoped
@Transactional
public class ModulePrompts {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  public List<String> of(long moduleId) {
    List<String> own =
        em.createQuery(
                "select p.text from ReflectionPrompt p where p.module.id = :m order by p.position",
                String.class)
            .setParameter("m", moduleId)
            .getResultList();
    return own.isEmpty() ? Prompts.DEFAULTS : own;
  }

  /**
   * Checked before a request body is read: a caller without the right gets 403 whatever they sent.
   */
  public void requireMaySet() {
    if (!maySet()) {
      throw new AccessDenied();
    }
  }

  /** Authors set prompts; as in the rest of the catalog, administrators may act as authors. */
  public boolean maySet() {
    return currentUser.has(Role.AUTHOR) || currentUser.has(Role.ADMIN);
  }

  /** An author (or the demo data, as the system caller) sets one to three prompts. */
  public List<String> set(long moduleId, List<String> prompts) {
    requireMaySet();
    List<String> checked = Prompts.check(prompts);
    LearningModule module = em.find(LearningModule.class, moduleId);
    if (module == null) {
      throw new NotFound("module.not-found");
    }
    em.createQuery("delete from ReflectionPrompt p where p.module = :m")
        .setParameter("m", module)
        .executeUpdate();
    for (int i = 0; i < checked.size(); i++) {
      em.persist(new ReflectionPrompt(module, i, checked.get(i)));
    }
    return checked;
  }
}
