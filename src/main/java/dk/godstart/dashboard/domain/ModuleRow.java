package dk.godstart.dashboard.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moduler: per module, over the hires of the period; figures only, no person, so authors may see it
 * too.
 *
 * @param unlocked hires for whom the module was unlocked
 * @param completed of those, hires who completed it
 * @param medianDaysToComplete median whole days from unlock to first completion; null if none
 * @param averageScore mean of each completing hire's best score (0..1); null when the module
 *     recorded no score
 * @param openedEarly share of the unlocks a mentor released before the module's rule opened it;
 *     null when nobody had it unlocked
 */
public record ModuleRow(
    long moduleId,
    String title,
    long unlocked,
    long completed,
    Double medianDaysToComplete,
    Double averageScore,
    Double openedEarly) {

  /** The modules planned in the hires' programmes or unlocked for them, by title. */
  public static List<ModuleRow> of(Facts facts, Period period) {
    Set<Long> hires =
        facts.hiresIn(period).stream().map(Enrolled::enrollmentId).collect(Collectors.toSet());
    Set<Long> programmes =
        facts.hiresIn(period).stream().map(Enrolled::programmeId).collect(Collectors.toSet());
    Map<Long, List<Progress>> byModule =
        facts.progress().stream()
            .filter(p -> hires.contains(p.enrollmentId()))
            .collect(Collectors.groupingBy(Progress::moduleId));
    Set<Long> modules = new java.util.HashSet<>(byModule.keySet());
    facts.plans().stream()
        .filter(m -> programmes.contains(m.programmeId()))
        .forEach(m -> modules.add(m.moduleId()));
    return modules.stream()
        .map(id -> row(id, facts.moduleTitles().get(id), byModule.getOrDefault(id, List.of())))
        .sorted(Comparator.comparing(ModuleRow::title).thenComparing(ModuleRow::moduleId))
        .toList();
  }

  private static ModuleRow row(long moduleId, String title, List<Progress> progress) {
    List<Progress> completed = progress.stream().filter(Progress::isCompleted).toList();
    java.util.OptionalDouble score =
        completed.stream()
            .map(Progress::bestScore)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .average();
    return new ModuleRow(
        moduleId,
        title == null ? "" : title,
        progress.size(),
        completed.size(),
        Median.of(completed.stream().mapToLong(p -> p.daysToComplete().getAsLong())),
        score.isPresent() ? Math.round(score.getAsDouble() * 10_000.0) / 10_000.0 : null,
        Share.of(progress.stream().filter(Progress::released).count(), progress.size()));
  }
}
