package dk.godstart.people.application;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The tree of organisation units, as administrators build it: create, rename, move. */
@ApplicationScoped
@Transactional
public class OrgUnits {

  public static final int MAX_NAME = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Administration administration;

  /** A unit in the tree: its depth (0 at the top) and the names from the top down to it. */
  public record UnitRow(long id, String name, Long parentId, int depth, String path)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Every unit, each parent before its children, siblings by name. */
  public List<UnitRow> tree() {
    administration.require();
    List<OrgUnit> all = em.createQuery("select u from OrgUnit u", OrgUnit.class).getResultList();
    Map<Long, List<OrgUnit>> children =
        all.stream()
            .filter(u -> u.parent() != null)
            .collect(Collectors.groupingBy(u -> u.parent().id()));
    List<UnitRow> rows = new ArrayList<>();
    all.stream()
        .filter(u -> u.parent() == null)
        .sorted(Comparator.comparing(OrgUnit::name))
        .forEach(top -> walk(top, 0, "", children, rows));
    return rows;
  }

  private static void walk(
      OrgUnit unit,
      int depth,
      String above,
      Map<Long, List<OrgUnit>> children,
      List<UnitRow> rows) {
    String path = above.isEmpty() ? unit.name() : above + " › " + unit.name();
    rows.add(
        new UnitRow(
            unit.id(),
            unit.name(),
            unit.parent() == null ? null : unit.parent().id(),
            depth,
            path));
    children.getOrDefault(unit.id(), List.of()).stream()
        .sorted(Comparator.comparing(OrgUnit::name))
        .forEach(child -> walk(child, depth + 1, path, children, rows));
  }

  public long create(String name, Long parentId) {
    administration.require();
    OrgUnit parent = parentId == null ? null : require(parentId);
    String checked = checkedName(name, parent, null);
    OrgUnit unit = new OrgUnit(checked, parent, clock.instant());
    em.persist(unit);
    em.flush();
    return unit.id();
  }

  public void rename(long id, String name) {
    administration.require();
    OrgUnit unit = require(id);
    unit.rename(checkedName(name, unit.parent(), unit));
  }

  /** Moves a unit under another, or to the top with {@code null}; never under itself. */
  public void move(long id, Long newParentId) {
    administration.require();
    OrgUnit unit = require(id);
    OrgUnit parent = newParentId == null ? null : require(newParentId);
    unit.moveUnder(parent);
    checkedName(unit.name(), parent, unit);
  }

  /** Changes name and place together, as the edit form does; either may stay as it was. */
  public void change(long id, String name, Long newParentId) {
    administration.require();
    OrgUnit unit = require(id);
    Long current = unit.parent() == null ? null : unit.parent().id();
    if (!Objects.equals(current, newParentId)) {
      move(id, newParentId);
    }
    if (!unit.name().equals(name == null ? null : name.strip())) {
      rename(id, name);
    }
  }

  public OrgUnit require(long id) {
    OrgUnit unit = em.find(OrgUnit.class, id);
    if (unit == null) {
      throw new NotFound("org-unit.not-found");
    }
    return unit;
  }

  /** A name that is given, not too long, and not taken by a sibling (other than {@code self}). */
  private String checkedName(String name, OrgUnit parent, OrgUnit self) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "name")));
    }
    String stripped = name.strip();
    if (stripped.length() > MAX_NAME) {
      throw new InvalidInput(
          "invalid-input", List.of(Detail.of("field.too-long", "name", MAX_NAME)));
    }
    var query =
        parent == null
            ? em.createQuery(
                "select u from OrgUnit u where u.parent is null and u.name = :n", OrgUnit.class)
            : em.createQuery(
                    "select u from OrgUnit u where u.parent = :p and u.name = :n", OrgUnit.class)
                .setParameter("p", parent);
    boolean taken = query.setParameter("n", stripped).getResultStream().anyMatch(u -> u != self);
    if (taken) {
      throw new Conflict("org-unit.name-taken", stripped);
    }
    return stripped;
  }
}
