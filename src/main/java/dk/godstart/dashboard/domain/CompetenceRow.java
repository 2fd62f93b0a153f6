package dk.godstart.dashboard.domain;

import dk.godstart.catalog.domain.Competence;
import java.util.List;

/**
 * Praksiskompetencer: per hire and competence, how many of the programme's modules tagged with it
 * the hire completed. A module with several tags counts for each; modules outside the programme do
 * not count (the programme is the yardstick). Counted by the database ({@code
 * dk.godstart.dashboard.application.CompetencesQuery}, which also gives the means per competence).
 */
public record CompetenceRow(long enrollmentId, String name, String unit, List<Coverage> coverage) {

  /** One competence of one hire: completed of planned, and the share (null: none planned). */
  public record Coverage(Competence competence, long completed, long planned, Double share) {}

  public CompetenceRow {
    coverage = List.copyOf(coverage);
  }

  public Coverage of(Competence competence) {
    return coverage.stream().filter(c -> c.competence() == competence).findFirst().orElseThrow();
  }
}
