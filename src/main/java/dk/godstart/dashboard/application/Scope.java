package dk.godstart.dashboard.application;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller may count: the org units whose hires are in, and whether persons may be named
 * (leaders and administrators) or only figures shown (authors, on the modules view).
 */
public record Scope(Set<Long> units, boolean persons) {

  public Scope {
    units = Set.copyOf(units);
  }

  /** The units' ids as the list of an SQL {@code IN (...)}: numbers, so safe to write into SQL. */
  public String unitList() {
    return units.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
