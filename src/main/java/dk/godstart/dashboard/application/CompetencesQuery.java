package dk.godstart.dashboard.application;

import static dk.godstart.dashboard.application.OverviewQuery.num;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.dashboard.domain.CompetenceRow;
import dk.godstart.dashboard.domain.CompetenceRow.Coverage;
import dk.godstart.dashboard.domain.Share;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Praksiskompetencer, counted by the database. For each hire whose enrolment overlaps the period
 * and each competence: <b>planned</b> is the number of the programme's modules tagged with it (a
 * module with several tags counts for each); <b>completed</b> the number of those the hire has
 * unlocked and completed (modules outside the programme do not count: the programme is the
 * yardstick); the <b>share</b> is {@link Share} of the two, null when none is planned. The
 * <b>average</b> per competence (the chart) is the mean of the hires' shares where there is one,
 * rounded as a share.
 *
 * <p>The table is paged: the hires are ordered by name (as Java orders strings: {@code utf8mb4_bin}
 * compares the same code points) and then enrolment, and only the page's hires are counted one by
 * one; the average comes from counts per programme, competence and number completed.
 */
@ApplicationScoped
public class CompetencesQuery {

  @PersistenceContext EntityManager em;

  /** The rows of a page and the number of hires in all. */
  public record Rows(List<CompetenceRow> rows, long total) {}

  private static String where(Scope scope) {
    return OverviewQuery.enrolments(scope) + ModulesQuery.OVERLAPS;
  }

  /**
   * Modules completed per hire and competence, among the programme's tagged modules: counted by
   * V23's triggers into {@code competence_tally} as hires complete modules, plans change and
   * authors tag modules (a row may hold 0).
   */
  private static final String DONE =
      "SELECT e.id, e.programme_id, t.competence, t.completed AS done FROM enrollment e"
          + " JOIN competence_tally t ON t.enrollment_id = e.id";

  /** One page of hires (or all of them: size 0) in the table's order. */
  public Rows rows(Scope scope, DashboardFilter filter, int page, int size) {
    if (scope.units().isEmpty()) {
      return new Rows(List.of(), 0);
    }
    long total = count(scope, filter);
    List<Object[]> hires =
        rows(
            "SELECT e.id, a.display_name, u.name, e.programme_id FROM enrollment e"
                + " JOIN account a ON a.id = e.hire_id JOIN org_unit u ON u.id = e.org_unit_id"
                + where(scope)
                + " ORDER BY a.display_name COLLATE utf8mb4_bin, e.id"
                + (size > 0 ? " LIMIT " + size + " OFFSET " + (long) page * size : ""),
            filter);
    if (hires.isEmpty()) {
      return new Rows(List.of(), total);
    }
    String ids =
        hires.stream().map(r -> String.valueOf(num(r[0]))).collect(Collectors.joining(","));
    Map<Long, Map<Competence, Long>> planned =
        planned(
            hires.stream().map(r -> String.valueOf(num(r[3]))).collect(Collectors.joining(",")));
    Map<Long, Map<Competence, Long>> done = new HashMap<>();
    for (Object[] r : rows(DONE + " WHERE e.id IN (" + ids + ")")) {
      done.computeIfAbsent(num(r[0]), k -> new EnumMap<>(Competence.class))
          .put(Competence.valueOf((String) r[2]), num(r[3]));
    }
    List<CompetenceRow> rows = new ArrayList<>();
    for (Object[] r : hires) {
      Map<Competence, Long> plan = planned.getOrDefault(num(r[3]), Map.of());
      Map<Competence, Long> completed = done.getOrDefault(num(r[0]), Map.of());
      rows.add(
          new CompetenceRow(
              num(r[0]),
              (String) r[1],
              (String) r[2],
              Arrays.stream(Competence.values())
                  .map(
                      c -> {
                        long p = plan.getOrDefault(c, 0L);
                        long d = completed.getOrDefault(c, 0L);
                        return new Coverage(c, d, p, Share.of(d, p));
                      })
                  .toList()));
    }
    return new Rows(rows, total);
  }

  /** How many hires' enrolments overlap the period (the rows of the hires' and this table). */
  public long count(Scope scope, DashboardFilter filter) {
    if (scope.units().isEmpty()) {
      return 0;
    }
    return num(rows("SELECT COUNT(*) FROM enrollment e" + where(scope), filter).get(0)[0]);
  }

  /** The mean share per competence over all the hires (null where no hire has one planned). */
  public Map<Competence, Double> average(Scope scope, DashboardFilter filter) {
    Map<Competence, Double> mean = new EnumMap<>(Competence.class);
    Arrays.stream(Competence.values()).forEach(c -> mean.put(c, null));
    if (scope.units().isEmpty()) {
      return mean;
    }
    Map<Long, Long> hires = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT e.programme_id, COUNT(*) FROM enrollment e" + where(scope) + " GROUP BY 1",
            filter)) {
      hires.put(num(r[0]), num(r[1]));
    }
    if (hires.isEmpty()) {
      return mean;
    }
    Map<Long, Map<Competence, Long>> planned =
        planned(hires.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")));
    // Per programme and competence: how many hires completed how many (those with none: the rest).
    Map<Competence, double[]> sums = new EnumMap<>(Competence.class);
    Map<List<Object>, Long> counted = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT x.programme_id, x.competence, x.done, COUNT(*) FROM ("
                + DONE
                + where(scope)
                + ") x GROUP BY 1, 2, 3",
            filter)) {
      long programme = num(r[0]);
      Competence c = Competence.valueOf((String) r[1]);
      long plan = planned.getOrDefault(programme, Map.of()).getOrDefault(c, 0L);
      if (plan > 0) {
        add(sums, c, Share.of(num(r[2]), plan), num(r[3]));
        counted.merge(List.of(programme, c), num(r[3]), Long::sum);
      }
    }
    planned.forEach(
        (programme, plan) ->
            plan.forEach(
                (c, p) -> {
                  if (p > 0) {
                    long zero =
                        hires.getOrDefault(programme, 0L)
                            - counted.getOrDefault(List.of(programme, c), 0L);
                    add(sums, c, 0.0, zero);
                  }
                }));
    sums.forEach(
        (c, s) -> {
          if (s[1] > 0) {
            mean.put(c, Math.round(s[0] / s[1] * 10_000.0) / 10_000.0);
          }
        });
    return mean;
  }

  private static void add(Map<Competence, double[]> sums, Competence c, double share, long n) {
    double[] s = sums.computeIfAbsent(c, k -> new double[2]);
    s[0] += share * n;
    s[1] += n;
  }

  /** The programmes' modules per competence. */
  private Map<Long, Map<Competence, Long>> planned(String programmes) {
    Map<Long, Map<Competence, Long>> planned = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT pm.programme_id, mc.competence, COUNT(*) FROM programme_module pm"
                + " JOIN module_competence mc ON mc.module_id = pm.module_id"
                + " WHERE pm.programme_id IN ("
                + programmes
                + ") GROUP BY 1, 2")) {
      planned
          .computeIfAbsent(num(r[0]), k -> new EnumMap<>(Competence.class))
          .put(Competence.valueOf((String) r[1]), num(r[2]));
    }
    return planned;
  }

  private List<Object[]> rows(String sql) {
    return NativeRows.of(em, sql);
  }

  /** ?3 is the period's beginning (or null). */
  private List<Object[]> rows(String sql, DashboardFilter filter) {
    return NativeRows.of(em, sql, filter, filter.from());
  }
}
