package dk.godstart.dashboard.application;

import static dk.godstart.dashboard.application.OverviewQuery.PROGRESS;
import static dk.godstart.dashboard.application.OverviewQuery.num;

import dk.godstart.dashboard.domain.Median;
import dk.godstart.dashboard.domain.ModuleRow;
import dk.godstart.dashboard.domain.Share;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Moduler, counted by the database: the figures of {@link ModuleRow} (see its definitions) over the
 * unlocks of the hires whose enrolment overlaps the period, grouped per module and per whole Danish
 * days from unlock to first completion, so that the median comes out of a few hundred counts
 * instead of 160,000 rows. The modules are those unlocked for these hires and those planned in
 * their programmes (with no unlock: zero counts).
 *
 * <p>An unlock was <em>opened early</em> when a mentor released it ({@code reason.kind = RELEASE})
 * and the plan does not open it by release (or does not plan it at all): {@link #OPENED_EARLY}.
 */
@ApplicationScoped
public class ModulesQuery {

  @PersistenceContext EntityManager em;

  /**
   * A mentor released the unlock and the plan does not open the module by release (or does not plan
   * it: then plan_by_release is false): the stored column of V19 read from the unlock's reason, and
   * V21's copy of the plan's (programme_module.by_release) on the unlock.
   */
  static final String OPENED_EARLY = "(mu.by_release AND NOT mu.plan_by_release)";

  /** The enrolment overlaps the period: ?3 its start (null: open); ?1 its end is in the scope. */
  static final String OVERLAPS = " AND " + overlaps();

  /** The condition of {@link #OVERLAPS}, for SQL that needs its negation too. */
  private static String overlaps() {
    return "(?3 IS NULL OR e.ended_on IS NULL OR e.ended_on >= ?3)";
  }

  public List<ModuleRow> modules(Scope scope, DashboardFilter filter) {
    if (scope.units().isEmpty()) {
      return List.of();
    }
    String where = OverviewQuery.enrolments(scope) + OVERLAPS;
    // The unlocks of every enrolment of the scope's units (and programme) are counted in
    // module_tally (V23) per module and whole days to complete (-1: not completed); from them go
    // those of the enrolments that do not overlap the period, walked one by one and counted in the
    // same way: hires who start after it, or left before it (few, unless the period is far back).
    List<Object[]> counts =
        rows(
            "SELECT t.module_id, t.days, SUM(t.unlocked), SUM(t.opened_early), SUM(t.score_sum),"
                + " SUM(t.scored) FROM module_tally t"
                + OverviewQuery.ofUnits(scope, "t")
                + " GROUP BY 1, 2"
                + " UNION ALL SELECT mu.module_id, IF(mu.completed_at IS NULL, -1, GREATEST(0,"
                + " DATEDIFF("
                + DanishDays.date("mu.completed_at")
                + ", mu.unlocked_on))), -COUNT(*), -SUM("
                + OPENED_EARLY
                + "), -SUM(IF(mu.completed_at IS NULL, NULL, mu.best_score)),"
                + " -COUNT(IF(mu.completed_at IS NULL, NULL, mu.best_score))"
                + PROGRESS
                + OverviewQuery.ofUnits(scope, "e")
                + " AND NOT ("
                + OverviewQuery.STARTED
                + " AND "
                + overlaps()
                + ") GROUP BY 1, 2",
            filter);
    Map<Long, Counts> byModule = new HashMap<>();
    for (Object[] r : counts) {
      Counts m = byModule.computeIfAbsent(num(r[0]), id -> new Counts());
      long days = num(r[1]);
      long unlocked = num(r[2]);
      m.unlocked += unlocked;
      m.released += num(r[3]);
      if (r[4] != null) {
        m.scoreSum = m.scoreSum.add(new BigDecimal(r[4].toString()));
      }
      m.scored += num(r[5]);
      if (days >= 0) {
        m.completed += unlocked;
        m.days.merge(days, unlocked, Long::sum);
      }
    }
    // A module whose every unlock was taken away is one these hires did not unlock.
    byModule.values().removeIf(m -> m.unlocked == 0);
    byModule.values().forEach(m -> m.days.values().removeIf(n -> n == 0));
    String ids =
        byModule.isEmpty()
            ? ""
            : " OR m.id IN ("
                + byModule.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")";
    List<Object[]> modules =
        rows(
            "SELECT m.id, m.title FROM learning_module m WHERE m.id IN (SELECT pm.module_id"
                + " FROM programme_module pm WHERE pm.programme_id IN (SELECT e.programme_id"
                + " FROM enrollment e"
                + where
                + "))"
                + ids,
            filter);
    return modules.stream()
        .map(
            r -> {
              Counts m = byModule.getOrDefault(num(r[0]), new Counts());
              return new ModuleRow(
                  num(r[0]),
                  r[1] == null ? "" : (String) r[1],
                  m.unlocked,
                  m.completed,
                  Median.ofCounts(m.days),
                  m.scored == 0
                      ? null
                      : Math.round(m.scoreSum.doubleValue() / m.scored * 10_000.0) / 10_000.0,
                  Share.of(m.released, m.unlocked));
            })
        .sorted(Comparator.comparing(ModuleRow::title).thenComparing(ModuleRow::moduleId))
        .toList();
  }

  /** One module's counts, summed over its groups. */
  private static final class Counts {
    long unlocked;
    long completed;
    long released;
    long scored;
    BigDecimal scoreSum = BigDecimal.ZERO;
    final Map<Long, Long> days = new HashMap<>();
  }

  /** ?3 is the period's beginning (or null). */
  private List<Object[]> rows(String sql, DashboardFilter filter) {
    return NativeRows.of(em, sql, filter, filter.from());
  }
}
