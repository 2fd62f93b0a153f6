package dk.godstart.dashboard.application;

import dk.godstart.dashboard.domain.HireRef;
import dk.godstart.dashboard.domain.Median;
import dk.godstart.dashboard.domain.MonthCount;
import dk.godstart.dashboard.domain.Overview;
import dk.godstart.dashboard.domain.Period;
import dk.godstart.kernel.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Overblik, counted by the database: the figures of {@link Overview} are defined here, one query
 * part each, over the enrolments of the scope that started by the end of the period (and of the
 * programme, if one is chosen). On 5,000 hires the progress is some 160,000 unlocks; the database
 * folds them into a few hundred rows instead of sending every one to Java.
 *
 * <ul>
 *   <li><b>activeHires</b>: enrolments with status active, whatever the period.
 *   <li><b>completedInPeriod</b>: unlocks whose first completion ({@code attempt_progress}, kept on
 *       the unlock) falls on a Danish day within the period, of any hire (one who left too).
 *   <li><b>dueCompletionRate</b>: of active hires' unlocked required modules due by today, the
 *       share completed ({@link dk.godstart.dashboard.domain.Share}); null when nothing is due.
 *   <li><b>medianDaysToComplete</b>: median of whole Danish days from unlock to first completion,
 *       never below 0 (a module completed in preview), over the completions within the period.
 *   <li><b>stalled</b>: active hires with an uncompleted unlock whose last activity, or its unlock
 *       when never opened, lies {@code stalledDays} days or more before today.
 *   <li><b>overdue</b>: active hires with an uncompleted required unlock due before today.
 *   <li><b>notesWaiting</b> and <b>oldestWaitDays</b>: active hires' notes submitted and not yet
 *       answered, and the whole Danish days the oldest has waited (null when none waits).
 *   <li><b>completedByMonth</b>: the completions within the period per Danish month ({@link
 *       MonthCount}).
 * </ul>
 */
@ApplicationScoped
public class OverviewQuery {

  @PersistenceContext EntityManager em;

  /** Enrolments of the scope and filter: ?1 the period's end, ?2 the programme (or null). */
  static String enrolments(Scope scope) {
    return ofUnits(scope, "e") + " AND " + STARTED;
  }

  /**
   * Rows of {@code table} (an enrolment or a tally: both have the columns) of the scope's units and
   * the filter's programme, ?2 (or any).
   */
  static String ofUnits(Scope scope, String table) {
    return " WHERE "
        + table
        + ".org_unit_id IN ("
        + scope.unitList()
        + ") AND (?2 IS NULL OR "
        + table
        + ".programme_id = ?2)";
  }

  /** The enrolment started by the end of the period, ?1. */
  static final String STARTED = "e.start_date <= ?1";

  /**
   * Each unlock of those enrolments, with what it holds of its plan entry and progress (V21's
   * columns, kept by triggers: no lookup of the plan or of attempt_progress per unlock). The index
   * is named because it covers every column the views read: without the name, MariaDB may prefer
   * V23's index of completions for "not completed" ({@code completed_at IS NULL} and the enrolment
   * are its first columns), and then looks up each unlock's row (the overview: 35 -> 90 ms).
   */
  static final String PROGRESS =
      " FROM enrollment e JOIN module_unlock mu FORCE INDEX (ix_module_unlock_figures)"
          + " ON mu.enrollment_id = e.id";

  public Overview overview(Scope scope, DashboardFilter filter, LocalDate today, int stalledDays) {
    if (scope.units().isEmpty()) {
      return new Overview(
          0,
          0,
          null,
          null,
          List.of(),
          List.of(),
          0,
          null,
          MonthCount.ofCounts(Map.of(), filter.period()));
    }
    Period period = filter.period();
    String where = enrolments(scope);

    // Completions within the period, counted per (whole days to complete, month).
    Map<Long, Long> days = new HashMap<>();
    Map<YearMonth, Long> months = new HashMap<>();
    for (Object[] r : completions(scope, filter)) {
      long n = num(r[2]);
      days.merge(num(r[0]), n, Long::sum);
      int ym = (int) num(r[1]);
      months.merge(YearMonth.of(ym / 100, ym % 100), n, Long::sum);
    }
    days.values().removeIf(n -> n == 0);
    months.values().removeIf(n -> n == 0);
    long completed = months.values().stream().mapToLong(Long::longValue).sum();
    // Active hires' required modules due by today, and how many of them are completed.
    Object[] dueRow =
        rows(
                "SELECT COUNT(*), COUNT(mu.completed_at)"
                    + PROGRESS
                    + where
                    + " AND e.status = 'ACTIVE' AND mu.plan_required AND mu.due_on <= ?3",
                filter,
                today)
            .get(0);
    long due = num(dueRow[0]);
    long dueDone = num(dueRow[1]);

    // Active hires with a stalled or an overdue module.
    List<Object[]> late =
        rows(
            "SELECT e.id, a.display_name, u.name,"
                + " MAX(CASE WHEN mu.last_activity_at IS NULL THEN mu.unlocked_on <= ?3"
                + " ELSE mu.last_activity_at < ?4 END),"
                + " MAX(mu.plan_required AND mu.due_on < ?5)"
                + PROGRESS
                + " JOIN account a ON a.id = e.hire_id JOIN org_unit u ON u.id = e.org_unit_id"
                + where
                + " AND e.status = 'ACTIVE' AND mu.completed_at IS NULL"
                + " GROUP BY e.id, a.display_name, u.name",
            filter,
            today.minusDays(stalledDays),
            DanishDays.startOf(today.minusDays(stalledDays - 1L)),
            today);
    List<HireRef> stalled = new ArrayList<>();
    List<HireRef> overdue = new ArrayList<>();
    for (Object[] r : late) {
      HireRef hire = new HireRef(num(r[0]), (String) r[1], (String) r[2]);
      if (r[3] != null && num(r[3]) != 0) {
        stalled.add(hire);
      }
      if (r[4] != null && num(r[4]) != 0) {
        overdue.add(hire);
      }
    }
    Comparator<HireRef> byName =
        Comparator.comparing(HireRef::name).thenComparingLong(HireRef::enrollmentId);
    stalled.sort(byName);
    overdue.sort(byName);

    // Active hires, and their notes waiting for an answer.
    Object[] notes =
        rows(
                "SELECT (SELECT COUNT(*) FROM enrollment e"
                    + where
                    + " AND e.status = 'ACTIVE'), COUNT(n.id), MIN(n.submitted_at)"
                    + " FROM enrollment e JOIN reflection_note n ON n.enrollment_id = e.id"
                    + where
                    + " AND e.status = 'ACTIVE' AND n.state = 'SUBMITTED'",
                filter)
            .get(0);
    Long oldestWait =
        notes[2] == null
            ? null
            : Math.max(
                0,
                ChronoUnit.DAYS.between(DanishTime.day(((Timestamp) notes[2]).toInstant()), today));
    return new Overview(
        num(notes[0]),
        completed,
        dk.godstart.dashboard.domain.Share.of(dueDone, due),
        Median.ofCounts(days),
        stalled,
        overdue,
        num(notes[1]),
        oldestWait,
        MonthCount.ofCounts(months, period));
  }

  /**
   * The completions within the period, as rows of (whole days to complete, month, count) whose
   * counts add up per key (a key may come more than once, a count may be negative). The months the
   * period covers whole are read from {@code completion_tally} (V23), kept per unit, programme,
   * month and days; to those come the completions of the days at either end that fall in a month
   * covered in part, walked one by one, and from them go the completions in the whole months of
   * hires who start after the period (the tally does not know the start; they are few).
   */
  private List<Object[]> completions(Scope scope, DashboardFilter filter) {
    Period period = filter.period();
    Optional<Period> whole = period.wholeMonths();
    Timestamp begin = DanishDays.startOf(period.from() == null ? EARLIEST : period.from());
    Timestamp end = DanishDays.startOf(period.to().plusDays(1));
    // Whole months: [wholeBegin, wholeEnd); the ends in part: [begin, wholeBegin) and [wholeEnd,
    // end).
    Timestamp wholeBegin =
        whole.map(w -> DanishDays.startOf(w.from() == null ? EARLIEST : w.from())).orElse(end);
    Timestamp wholeEnd = whole.map(w -> DanishDays.startOf(w.to().plusDays(1))).orElse(end);
    String danishDay = DanishDays.date("mu.completed_at");
    String perDaysAndMonth =
        "GREATEST(0, DATEDIFF("
            + danishDay
            + ", mu.unlocked_on)), EXTRACT(YEAR_MONTH FROM "
            + danishDay
            + ")";
    return rows(
        "SELECT t.days, t.month, SUM(t.completed) FROM completion_tally t"
            + ofUnits(scope, "t")
            + " AND ?3 AND t.month >= ?4"
            + " AND t.month <= ?5 GROUP BY 1, 2"
            + " UNION ALL SELECT "
            + perDaysAndMonth
            + ", COUNT(*) FROM module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id"
            + enrolments(scope)
            + " AND (mu.completed_at >= ?6 AND mu.completed_at < ?7"
            + " OR mu.completed_at >= ?8 AND mu.completed_at < ?9) GROUP BY 1, 2"
            + " UNION ALL SELECT "
            + perDaysAndMonth
            + ", -COUNT(*)"
            + PROGRESS
            + ofUnits(scope, "e")
            + " AND NOT "
            + STARTED
            + " AND mu.completed_at >= ?7 AND mu.completed_at < ?8 GROUP BY 1, 2",
        filter,
        whole.isPresent(),
        whole.map(w -> w.from() == null ? 0 : yearMonth(w.from())).orElse(0),
        whole.map(w -> yearMonth(w.to())).orElse(0),
        begin,
        wholeBegin,
        wholeEnd,
        end);
  }

  /** Before any stored time: the start of an open period. */
  private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

  private static int yearMonth(LocalDate day) {
    return day.getYear() * 100 + day.getMonthValue();
  }

  private List<Object[]> rows(String sql, DashboardFilter filter, Object... more) {
    return NativeRows.of(em, sql, filter, more);
  }

  static long num(Object value) {
    return NativeRows.num(value);
  }
}
