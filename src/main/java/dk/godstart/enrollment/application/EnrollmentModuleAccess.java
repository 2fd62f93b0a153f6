package dk.godstart.enrollment.application;

import dk.godstart.player.application.ModuleAccess;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The player's answer to "which modules may this learner open": those unlocked on their path.
 * Unlocked modules stay open, also after the enrolment ended. Replaces the player's default that
 * opens everything.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
@Transactional
public class EnrollmentModuleAccess implements ModuleAccess {

  @PersistenceContext EntityManager em;
  @Inject HirePaths paths;

  @Override
  public Map<Long, String> states(long accountId) {
    Map<Long, String> states = new HashMap<>();
    paths.statesOf(accountId).forEach((module, state) -> states.put(module, state.value()));
    return states;
  }

  @Override
  public Set<Long> openModules(long accountId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct u.module.id from UnlockedModule u where u.enrollment.hire.id = :a",
                Long.class)
            .setParameter("a", accountId)
            .getResultList());
  }
}
