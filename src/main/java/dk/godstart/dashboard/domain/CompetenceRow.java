package dk.godstart.dashboard.domain;

import dk.godstart.catalog.domain.Competence;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Praksiskompetencer: per hire and competence, how many of the programme's modules tagged with it
 * the hire completed. A module with several tags counts for each; modules outside the programme do
 * not count (the programme is the yardstick).
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

  public static List<CompetenceRow> of(Facts facts, Period period) {
    Map<Long, List<PlannedModule>> plans = facts.plansByProgramme();
    Map<Long, List<Progress>> progress = facts.progressByEnrollment();
    return facts.hiresIn(period).stream()
        .sorted(Comparator.comparing(Enrolled::name).thenComparing(Enrolled::enrollmentId))
        .map(
            h -> {
              Set<Long> done =
                  progress.getOrDefault(h.enrollmentId(), List.of()).stream()
                      .filter(Progress::isCompleted)
                      .map(Progress::moduleId)
                      .collect(Collectors.toSet());
              List<PlannedModule> plan = plans.getOrDefault(h.programmeId(), List.of());
              return new CompetenceRow(
                  h.enrollmentId(),
                  h.name(),
                  h.unit(),
                  Arrays.stream(Competence.values()).map(c -> coverage(c, plan, done)).toList());
            })
        .toList();
  }

  private static Coverage coverage(Competence c, List<PlannedModule> plan, Set<Long> done) {
    List<PlannedModule> tagged = plan.stream().filter(m -> m.competences().contains(c)).toList();
    long completed = tagged.stream().filter(m -> done.contains(m.moduleId())).count();
    return new Coverage(c, completed, tagged.size(), Share.of(completed, tagged.size()));
  }

  /** The mean coverage per competence over the hires (for the chart); null where none planned. */
  public static Map<Competence, Double> average(List<CompetenceRow> rows) {
    Map<Competence, Double> mean = new java.util.EnumMap<>(Competence.class);
    for (Competence c : Competence.values()) {
      var shares =
          rows.stream()
              .map(r -> r.of(c).share())
              .filter(java.util.Objects::nonNull)
              .mapToDouble(Double::doubleValue)
              .average();
      mean.put(
          c, shares.isPresent() ? Math.round(shares.getAsDouble() * 10_000.0) / 10_000.0 : null);
    }
    return mean;
  }
}
