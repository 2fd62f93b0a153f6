package dk.godstart.dashboard.domain;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.process.domain.Phase;
import java.util.Set;

/** A module as a programme plans it: where it comes, in which phase, and what it builds. */
public record PlannedModule(
    long programmeId,
    long moduleId,
    String title,
    int position,
    Phase phase,
    boolean required,
    Set<Competence> competences) {

  public PlannedModule {
    competences = Set.copyOf(competences);
  }
}
