package dk.godstart.dashboard.application;

import dk.godstart.dashboard.application.Dashboards.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The units and programmes a caller may filter the dashboards by, by name. */
@ApplicationScoped
public class ChoicesQuery {

  @PersistenceContext EntityManager em;

  List<Choice> units(Scope scope) {
    if (scope.units().isEmpty()) {
      return List.of();
    }
    return choices(
        "SELECT id, name FROM org_unit WHERE id IN (" + scope.unitList() + ") ORDER BY name");
  }

  /** Programmes of the units, and any other programme a hire of the units is enrolled in. */
  List<Choice> programmes(Scope scope) {
    if (scope.units().isEmpty()) {
      return List.of();
    }
    String ids = scope.unitList();
    return choices(
        "SELECT p.id, p.name FROM programme p WHERE p.org_unit_id IN ("
            + ids
            + ") OR p.id IN (SELECT e.programme_id FROM enrollment e WHERE e.org_unit_id IN ("
            + ids
            + ")) ORDER BY p.name");
  }

  private List<Choice> choices(String sql) {
    return ((List<?>) em.createNativeQuery(sql).getResultList())
        .stream()
            .map(o -> (Object[]) o)
            .map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1]))
            .toList();
  }
}
