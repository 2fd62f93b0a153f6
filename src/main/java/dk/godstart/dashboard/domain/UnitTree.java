package dk.godstart.dashboard.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organisation as a tree of unit ids, to find a unit and every unit below it. */
public final class UnitTree {

  private final Map<Long, Long> parents;
  private final Map<Long, List<Long>> children = new HashMap<>();

  /** {@code parents}: each unit's id mapped to its parent's id (null for the root). */
  public UnitTree(Map<Long, Long> parents) {
    this.parents =
        Map.copyOf(
            parents.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    parents.keySet().forEach(id -> children.putIfAbsent(id, new java.util.ArrayList<>()));
    this.parents.forEach(
        (id, parent) -> children.computeIfAbsent(parent, p -> new java.util.ArrayList<>()).add(id));
  }

  public boolean contains(long unit) {
    return children.containsKey(unit);
  }

  public Set<Long> all() {
    return Set.copyOf(children.keySet());
  }

  /** The unit and all units below it. */
  public Set<Long> below(long unit) {
    Set<Long> found = new LinkedHashSet<>();
    Deque<Long> todo = new ArrayDeque<>(List.of(unit));
    while (!todo.isEmpty()) {
      Long next = todo.pop();
      if (contains(next) && found.add(next)) {
        todo.addAll(children.get(next));
      }
    }
    return found;
  }

  /** Whether {@code unit} is {@code top} or lies below it. */
  public boolean isWithin(long unit, long top) {
    for (Long u = unit; u != null; u = parents.get(u)) {
      if (u == top) {
        return true;
      }
    }
    return false;
  }
}
