package dk.godstart.dashboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fastholdelse: of the hires who started in the period, grouped by the year they started, how many
 * were still employed one and two years after their start. Only hires whose anniversary has come
 * count ("eligible"); a hire who left on the anniversary itself stayed the year. A hire left on
 * {@link Enrolled#leftOn()}. The last row ({@code year} null) is all cohorts together.
 */
public record RetentionRow(
    Integer year,
    long started,
    long left,
    long eligibleOneYear,
    long stayedOneYear,
    Double oneYear,
    long eligibleTwoYears,
    long stayedTwoYears,
    Double twoYears) {

  public static List<RetentionRow> of(Facts facts, Period period, LocalDate today) {
    List<Enrolled> cohort =
        facts.hires().stream().filter(h -> period.contains(h.startDate())).toList();
    Map<Integer, List<Enrolled>> byYear =
        cohort.stream()
            .collect(
                Collectors.groupingBy(
                    h -> h.startDate().getYear(), TreeMap::new, Collectors.toList()));
    List<RetentionRow> rows = new java.util.ArrayList<>();
    byYear.forEach((year, hires) -> rows.add(row(year, hires, today)));
    rows.add(row(null, cohort, today));
    return rows;
  }

  private static RetentionRow row(Integer year, List<Enrolled> hires, LocalDate today) {
    long eligible1 = hires.stream().filter(h -> eligible(h, 1, today)).count();
    long stayed1 = hires.stream().filter(h -> eligible(h, 1, today) && stayed(h, 1)).count();
    long eligible2 = hires.stream().filter(h -> eligible(h, 2, today)).count();
    long stayed2 = hires.stream().filter(h -> eligible(h, 2, today) && stayed(h, 2)).count();
    return new RetentionRow(
        year,
        hires.size(),
        hires.stream().filter(h -> h.leftOn().filter(d -> !d.isAfter(today)).isPresent()).count(),
        eligible1,
        stayed1,
        Share.of(stayed1, eligible1),
        eligible2,
        stayed2,
        Share.of(stayed2, eligible2));
  }

  private static boolean eligible(Enrolled hire, int years, LocalDate today) {
    return !hire.startDate().plusYears(years).isAfter(today);
  }

  private static boolean stayed(Enrolled hire, int years) {
    LocalDate anniversary = hire.startDate().plusYears(years);
    return hire.leftOn().map(left -> !left.isBefore(anniversary)).orElse(true);
  }
}
