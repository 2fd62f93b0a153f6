package dk.godstart.dashboard.application;

import dk.godstart.dashboard.domain.UnitTree;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Who may see which dashboard figures, decided here for pages, REST and CSV alike: a leader the
 * hires of their own unit and every unit below it; an administrator all; an author the modules view
 * over the whole organisation, as figures without persons. A unit asked for must lie inside what
 * the caller may see; anything else is refused (fail closed).
 */
@ApplicationScoped
public class DashboardAccess {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  /** The scope of the views that name hires and mentors. */
  public Scope persons(Long unit) {
    UnitTree tree = tree();
    if (currentUser.has(Role.ADMIN)) {
      return new Scope(unit == null ? tree.all() : known(tree, unit), true);
    }
    if (currentUser.has(Role.LEADER)) {
      Account leader = currentUser.getAccount();
      if (leader.orgUnit() == null) {
        throw new AccessDenied();
      }
      long own = leader.orgUnit().id();
      if (unit == null) {
        return new Scope(tree.below(own), true);
      }
      known(tree, unit);
      if (!tree.isWithin(unit, own)) {
        throw new AccessDenied();
      }
      return new Scope(tree.below(unit), true);
    }
    throw new AccessDenied();
  }

  /** The scope of the modules view: persons' scope, or figures over all units for authors. */
  public Scope modules(Long unit) {
    if (!currentUser.has(Role.ADMIN)
        && !currentUser.has(Role.LEADER)
        && currentUser.has(Role.AUTHOR)) {
      UnitTree tree = tree();
      return new Scope(unit == null ? tree.all() : known(tree, unit), false);
    }
    return persons(unit);
  }

  /** Whether the caller may open any dashboard (for the menu). */
  public boolean mayOpen() {
    return currentUser.has(Role.ADMIN) || currentUser.has(Role.LEADER);
  }

  private static java.util.Set<Long> known(UnitTree tree, long unit) {
    if (!tree.contains(unit)) {
      throw new NotFound("dashboard.unit-not-found", unit);
    }
    return tree.below(unit);
  }

  private UnitTree tree() {
    Map<Long, Long> parents = new HashMap<>();
    em.createNativeQuery("SELECT id, parent_id FROM org_unit")
        .getResultList()
        .forEach(
            row -> {
              Object[] r = (Object[]) row;
              parents.put(
                  ((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue());
            });
    return new UnitTree(parents);
  }
}
