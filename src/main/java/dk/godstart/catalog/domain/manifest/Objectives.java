package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * {@code imsss:objectives}: the primary objective (which decides the activity's success) and the
 * others.
 *
 * @param primaryObjective null when the manifest states none
 */
public record Objectives(Objective primaryObjective, List<Objective> objectives) {

  public Objectives {
    objectives = ImmutableLists.copy(objectives);
  }

  public static Objectives none() {
    return new Objectives(null, List.of());
  }
}
