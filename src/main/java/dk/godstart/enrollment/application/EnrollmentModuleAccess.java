package dk.godstart.enrollment.application;

import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
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

  private static final Set<Role> PREVIEWERS = Set.of(Role.AUTHOR, Role.MENTOR, Role.LEADER);

  @PersistenceContext EntityManager em;
  @Inject HirePaths paths;

  @Override
  public Map<Long, String> states(long accountId) {
    Map<Long, String> states = new HashMap<>();
    paths.statesOf(accountId).forEach((module, state) -> states.put(module, state.value()));
    return states;
  }

  /**
   * Authors, mentors and leaders preview the modules of their organisation's programmes, and no
   * others: a module that no programme of the organisation uses is not theirs to open.
   */
  @Override
  public boolean mayPreview(long accountId, long moduleId) {
    Account account = em.find(Account.class, accountId);
    if (account == null
        || account.orgUnit() == null
        || PREVIEWERS.stream().noneMatch(account::hasRole)) {
      return false;
    }
    long organisation = account.orgUnit().organisation().id();
    return em.createQuery(
            "select p.orgUnit from Programme p join p.entries e where e.module.id = :m",
            OrgUnit.class)
        .setParameter("m", moduleId)
        .getResultStream()
        .anyMatch(unit -> unit.organisation().id() == organisation);
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
