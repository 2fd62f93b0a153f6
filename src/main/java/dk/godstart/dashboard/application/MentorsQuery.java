package dk.godstart.dashboard.application;

import static dk.godstart.dashboard.application.OverviewQuery.num;

import dk.godstart.dashboard.domain.Median;
import dk.godstart.dashboard.domain.MentorRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mentorer, counted by the database as {@link MentorRow} defines the figures: over the active hires
 * whose enrolment overlaps the period and their mentor assignments current today; a mentor's notes
 * waiting and meetings held are those of these hires (a note counts for each of the hire's
 * mentors); the answer time is over the notes the mentor answered (or reviewed without an answer)
 * of any hire of the scope, submitted on a Danish day within the period, in whole hours from
 * submission to that first response, never below 0.
 */
@ApplicationScoped
public class MentorsQuery {

  @PersistenceContext EntityManager em;

  /** Each current assignment of an active hire of the period: ?4 today. */
  private static final String ASSIGNED =
      " FROM enrollment e JOIN mentor_assignment ma ON ma.enrollment_id = e.id";

  private static final String CURRENT =
      " AND e.status = 'ACTIVE' AND ma.from_date <= ?4 AND (ma.to_date IS NULL OR ma.to_date >= ?4)";

  public List<MentorRow> mentors(Scope scope, DashboardFilter filter, LocalDate today) {
    if (scope.units().isEmpty()) {
      return List.of();
    }
    String where = OverviewQuery.enrolments(scope) + ModulesQuery.OVERLAPS;
    Timestamp from =
        filter.from() == null
            ? Timestamp.valueOf("1000-01-01 00:00:00")
            : DanishDays.startOf(filter.from());
    Timestamp to = DanishDays.startOf(filter.to().plusDays(1));
    Map<Long, long[]> counts = new LinkedHashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT ma.mentor_id, a.display_name, COALESCE(SUM(ma.primary_mentor), 0),"
                + " COALESCE(SUM(NOT ma.primary_mentor), 0)"
                + ASSIGNED
                + " JOIN account a ON a.id = ma.mentor_id"
                + where
                + CURRENT
                + " GROUP BY ma.mentor_id, a.display_name",
            filter,
            today)) {
      counts.put(num(r[0]), new long[] {num(r[2]), num(r[3]), 0, 0});
      names.put(num(r[0]), (String) r[1]);
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    // Each mentor's distinct hires, and their waiting notes and meetings held in the period.
    String hires = "SELECT DISTINCT ma.mentor_id, e.id" + ASSIGNED + where + CURRENT;
    for (Object[] r :
        rows(
            "SELECT x.mentor_id, COUNT(*) FROM ("
                + hires
                + ") x JOIN reflection_note n ON n.enrollment_id = x.id"
                + " AND n.state = 'SUBMITTED' GROUP BY x.mentor_id",
            filter,
            today)) {
      counts.get(num(r[0]))[2] = num(r[1]);
    }
    for (Object[] r :
        rows(
            "SELECT x.mentor_id, COUNT(*) FROM ("
                + hires
                + ") x JOIN status_meeting s ON s.enrollment_id = x.id"
                + " AND s.held_at >= ?5 AND s.held_at < ?6 GROUP BY x.mentor_id",
            filter,
            today,
            from,
            to)) {
      counts.get(num(r[0]))[3] = num(r[1]);
    }
    Map<Long, Map<Long, Long>> hours = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT COALESCE(n.taken_by_id, n.reviewed_by_id),"
                + " GREATEST(0, TIMESTAMPDIFF(HOUR, n.submitted_at,"
                + " COALESCE(n.answered_at, n.reviewed_at))), COUNT(*)"
                + " FROM enrollment e JOIN reflection_note n ON n.enrollment_id = e.id"
                + OverviewQuery.enrolments(scope)
                + " AND n.submitted_at >= ?4 AND n.submitted_at < ?5"
                + " AND COALESCE(n.answered_at, n.reviewed_at) IS NOT NULL"
                + " AND COALESCE(n.taken_by_id, n.reviewed_by_id) IS NOT NULL"
                + " GROUP BY 1, 2 ORDER BY NULL",
            filter,
            from,
            to)) {
      hours.computeIfAbsent(num(r[0]), k -> new HashMap<>()).merge(num(r[1]), num(r[2]), Long::sum);
    }
    return counts.entrySet().stream()
        .map(
            e -> {
              long[] c = e.getValue();
              return new MentorRow(
                  e.getKey(),
                  names.get(e.getKey()),
                  c[0],
                  c[1],
                  c[2],
                  Median.ofCounts(hours.getOrDefault(e.getKey(), Map.of())),
                  c[3]);
            })
        .sorted(
            Comparator.comparingLong(MentorRow::hires)
                .reversed()
                .thenComparing(MentorRow::name)
                .thenComparing(MentorRow::mentorId))
        .toList();
  }

  /** ?3 is the period's beginning (or null), {@code more} follows from ?4 on. */
  private List<Object[]> rows(String sql, DashboardFilter filter, Object... more) {
    Object[] parameters = new Object[more.length + 1];
    parameters[0] = filter.from();
    System.arraycopy(more, 0, parameters, 1, more.length);
    return NativeRows.of(em, sql, filter, parameters);
  }
}
