package dk.godstart.dashboard.application;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.dashboard.domain.Enrolled;
import dk.godstart.dashboard.domain.Facts;
import dk.godstart.dashboard.domain.MeetingFact;
import dk.godstart.dashboard.domain.Mentoring;
import dk.godstart.dashboard.domain.NoteFact;
import dk.godstart.dashboard.domain.PlannedModule;
import dk.godstart.dashboard.domain.Progress;
import dk.godstart.kernel.DanishTime;
import dk.godstart.process.domain.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the dashboards' facts in seven queries, whatever the number of hires (no N+1): enrolments,
 * progress per unlocked module (attempts folded per hire and module into {@code attempt_progress}
 * by V13's triggers: first completion, last activity, best score; kept on each unlock by V21's),
 * programme plans, current mentors, module titles, notes (states and times, never text) and status
 * meetings. Each walks an index of V12 or of its table's keys. Rows become records; no entity is
 * loaded.
 */
@ApplicationScoped
public class FactsQuery {

  @PersistenceContext EntityManager em;

  /** Enrolments in the scope's units (and programme) that started by the end of the period. */
  private static final String ENROLMENTS =
      " FROM enrollment e WHERE e.org_unit_id IN (%s) AND e.start_date <= ?1"
          + " AND (?2 IS NULL OR e.programme_id = ?2)";

  /**
   * The kinds of facts besides the enrolments. A view reads only what its figures count: the
   * retention reads no progress, the mentors no plans; on 5,000 hires the progress alone is some
   * 160,000 rows.
   */
  public enum Part {
    PROGRESS,
    PLANS,
    MENTORING,
    TITLES,
    NOTES,
    MEETINGS;

    public static final Set<Part> ALL = java.util.EnumSet.allOf(Part.class);
  }

  public Facts read(Scope scope, DashboardFilter filter, LocalDate today) {
    return read(scope, filter, today, Part.ALL, "");
  }

  /** The facts the named parts hold, of every enrolment of the scope and filter. */
  public Facts read(Scope scope, DashboardFilter filter, LocalDate today, Set<Part> parts) {
    return read(scope, filter, today, parts, "");
  }

  /**
   * The facts of the given enrolments only (a page of a table), if they lie in the scope and
   * filter; an empty collection has none.
   */
  public Facts read(
      Scope scope,
      DashboardFilter filter,
      LocalDate today,
      Set<Part> parts,
      java.util.Collection<Long> enrollments) {
    if (enrollments.isEmpty()) {
      return Facts.none();
    }
    return read(
        scope,
        filter,
        today,
        parts,
        " AND e.id IN ("
            + enrollments.stream().map(String::valueOf).collect(Collectors.joining(","))
            + ")");
  }

  /** The facts of one enrolment, if it lies in the scope (a drill-down). */
  public Facts readOne(Scope scope, long enrollmentId, LocalDate today) {
    return read(
        scope,
        new DashboardFilter(null, null, null, today),
        today,
        java.util.EnumSet.of(Part.PROGRESS, Part.PLANS, Part.TITLES),
        " AND e.id = " + enrollmentId);
  }

  private Facts read(
      Scope scope, DashboardFilter filter, LocalDate today, Set<Part> parts, String only) {
    if (scope.units().isEmpty()) {
      return Facts.none();
    }
    String units = scope.unitList();
    String enrolments = ENROLMENTS.formatted(units) + only;
    List<Enrolled> hires =
        rows(
                "SELECT e.id, a.id, a.display_name, u.id, u.name, p.id, p.name, e.start_date,"
                    + " e.status, e.ended_on, a.employment_ended_on"
                    + enrolments.replace(
                        " FROM enrollment e",
                        " FROM enrollment e JOIN account a ON a.id = e.hire_id"
                            + " JOIN org_unit u ON u.id = e.org_unit_id"
                            + " JOIN programme p ON p.id = e.programme_id"),
                filter)
            .stream()
            .map(
                r ->
                    new Enrolled(
                        num(r[0]),
                        num(r[1]),
                        (String) r[2],
                        num(r[3]),
                        (String) r[4],
                        num(r[5]),
                        (String) r[6],
                        day(r[7]),
                        (String) r[8],
                        day(r[9]),
                        day(r[10])))
            .toList();
    if (hires.isEmpty()) {
      return Facts.none();
    }
    List<Progress> progress =
        !parts.contains(Part.PROGRESS)
            ? List.of()
            : rows(
                    "SELECT mu.enrollment_id, mu.module_id, mu.plan_required,"
                        + " mu.unlocked_on, mu.due_on,"
                        + " "
                        + ModulesQuery.OPENED_EARLY
                        + ","
                        + " mu.completed_at, mu.last_activity_at, mu.best_score"
                        + enrolments.replace(" FROM enrollment e", OverviewQuery.PROGRESS),
                    filter)
                .stream()
                .map(
                    r ->
                        new Progress(
                            num(r[0]),
                            num(r[1]),
                            bool(r[2]),
                            day(r[3]),
                            day(r[4]),
                            bool(r[5]),
                            r[6] == null ? null : DanishTime.day(((Timestamp) r[6]).toInstant()),
                            r[7] == null ? null : ((Timestamp) r[7]).toInstant(),
                            r[8] == null ? null : ((Number) r[8]).doubleValue()))
                .toList();
    Set<Long> programmes = hires.stream().map(Enrolled::programmeId).collect(Collectors.toSet());
    List<PlannedModule> plans =
        !parts.contains(Part.PLANS)
            ? List.<PlannedModule>of()
            : em
                .createNativeQuery(
                    "SELECT pm.programme_id, pm.module_id, m.title, pm.position, pm.phase,"
                        + " pm.required, (SELECT GROUP_CONCAT(mc.competence) FROM module_competence"
                        + " mc WHERE mc.module_id = pm.module_id) FROM programme_module pm JOIN"
                        + " learning_module m ON m.id = pm.module_id WHERE pm.programme_id IN ("
                        + programmes.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ")")
                .getResultList()
                .stream()
                .map(
                    o -> {
                      Object[] r = (Object[]) o;
                      return new PlannedModule(
                          num(r[0]),
                          num(r[1]),
                          (String) r[2],
                          ((Number) r[3]).intValue(),
                          Phase.valueOf((String) r[4]),
                          bool(r[5]),
                          competences((String) r[6]));
                    })
                .toList();
    List<Mentoring> mentoring =
        !parts.contains(Part.MENTORING)
            ? List.of()
            : rows(
                    "SELECT ma.enrollment_id, ma.mentor_id, a.display_name, ma.primary_mentor"
                        + enrolments.replace(
                            " FROM enrollment e",
                            " FROM enrollment e JOIN mentor_assignment ma ON ma.enrollment_id = e.id"
                                + " JOIN account a ON a.id = ma.mentor_id")
                        + " AND ma.from_date <= ?3 AND (ma.to_date IS NULL OR ma.to_date >= ?3)",
                    filter,
                    today)
                .stream()
                .map(r -> new Mentoring(num(r[0]), num(r[1]), (String) r[2], bool(r[3])))
                .toList();
    Set<Long> modules = new HashSet<>();
    progress.forEach(p -> modules.add(p.moduleId()));
    plans.forEach(p -> modules.add(p.moduleId()));
    Map<Long, String> titles = new HashMap<>();
    if (parts.contains(Part.TITLES) && !modules.isEmpty()) {
      em.createNativeQuery(
              "SELECT id, title FROM learning_module WHERE id IN ("
                  + modules.stream().map(String::valueOf).collect(Collectors.joining(","))
                  + ")")
          .getResultList()
          .forEach(
              o -> {
                Object[] r = (Object[]) o;
                titles.put(num(r[0]), (String) r[1]);
              });
    }
    List<NoteFact> notes =
        !parts.contains(Part.NOTES)
            ? List.of()
            : rows(
                    "SELECT n.enrollment_id, n.module_id, n.state, n.submitted_at,"
                        + " COALESCE(n.answered_at, n.reviewed_at),"
                        + " COALESCE(n.taken_by_id, n.reviewed_by_id)"
                        + enrolments.replace(
                            " FROM enrollment e",
                            " FROM enrollment e JOIN reflection_note n ON n.enrollment_id = e.id"),
                    filter)
                .stream()
                .map(
                    r ->
                        new NoteFact(
                            num(r[0]),
                            r[1] == null ? null : num(r[1]),
                            (String) r[2],
                            instant(r[3]),
                            instant(r[4]),
                            r[5] == null ? null : num(r[5])))
                .toList();
    List<MeetingFact> meetings =
        !parts.contains(Part.MEETINGS)
            ? List.of()
            : rows(
                    "SELECT s.enrollment_id, s.starts_at, s.held_at"
                        + enrolments.replace(
                            " FROM enrollment e",
                            " FROM enrollment e JOIN status_meeting s ON s.enrollment_id = e.id"),
                    filter)
                .stream()
                .map(r -> new MeetingFact(num(r[0]), instant(r[1]), instant(r[2])))
                .toList();
    return new Facts(hires, progress, plans, mentoring, titles, notes, meetings);
  }

  private List<Object[]> rows(String sql, DashboardFilter filter, Object... more) {
    return NativeRows.of(em, sql, filter, more);
  }

  private static Set<Competence> competences(String tags) {
    if (tags == null || tags.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(tags.split(",")).map(Competence::valueOf).collect(Collectors.toSet());
  }

  private static java.time.Instant instant(Object value) {
    return value == null ? null : ((Timestamp) value).toInstant();
  }

  private static long num(Object value) {
    return ((Number) value).longValue();
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && ((Number) value).intValue() != 0;
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
