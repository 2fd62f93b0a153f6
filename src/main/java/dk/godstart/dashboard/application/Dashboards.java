package dk.godstart.dashboard.application;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.dashboard.application.FactsQuery.Part;
import dk.godstart.dashboard.domain.CompetenceRow;
import dk.godstart.dashboard.domain.Enrolled;
import dk.godstart.dashboard.domain.Facts;
import dk.godstart.dashboard.domain.HireDetail;
import dk.godstart.dashboard.domain.HireRow;
import dk.godstart.dashboard.domain.MentorRow;
import dk.godstart.dashboard.domain.ModuleRow;
import dk.godstart.dashboard.domain.Overview;
import dk.godstart.dashboard.domain.RetentionRow;
import dk.godstart.kernel.DanishTime;
import dk.godstart.kernel.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboards' views, one method each, for the pages, the REST API and the CSV exports alike:
 * the caller's scope is decided first ({@link DashboardAccess}), then the facts of that scope are
 * read and the figures computed by their one definition in the domain.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dashboards {

  @Inject DashboardAccess access;
  @Inject FactsQuery facts;
  @Inject Clock clock;
  @Inject ChoicesQuery choicesQuery;
  @Inject OverviewQuery overviewQuery;
  @Inject ModulesQuery modulesQuery;
  @Inject CompetencesQuery competencesQuery;
  @Inject MentorsQuery mentorsQuery;

  @Inject
  @ConfigProperty(name = "godstart.dashboard.stalled-days", defaultValue = "14")
  int stalledDays;

  /** A page of a long table, and how many rows there are in all. */
  public record Page<T>(List<T> rows, int page, int size, long total) {}

  /** What a hire's row counts. */
  private static final Set<Part> HIRE_ROW =
      EnumSet.of(Part.PROGRESS, Part.PLANS, Part.MENTORING, Part.NOTES, Part.MEETINGS);

  /**
   * The competence table (a page of it, or all of it: size 0), the mean coverage per competence
   * over all the hires (the chart) and the number of hires in all.
   */
  public record Competences(
      List<CompetenceRow> hires, Map<Competence, Double> average, int page, int size, long total) {}

  public LocalDate today() {
    return DanishTime.today(clock);
  }

  public int stalledDays() {
    return stalledDays;
  }

  public Overview overview(DashboardFilter filter) {
    return overviewQuery.overview(access.persons(filter.unit()), filter, today(), stalledDays);
  }

  /** Every row (the CSV export). */
  public List<HireRow> hires(DashboardFilter filter) {
    return HireRow.of(persons(filter, HIRE_ROW), filter.period(), today());
  }

  /**
   * One page of the hires: the enrolments alone are read and ordered as {@link HireRow#order()}
   * says, and only the page's hires get their progress, notes and meetings read.
   */
  public Page<HireRow> hires(DashboardFilter filter, int page, int size) {
    Scope scope = access.persons(filter.unit());
    List<Enrolled> all =
        HireRow.ordered(facts.read(scope, filter, today(), Set.of()), filter.period());
    int from = (int) Math.min(all.size(), (long) page * size);
    List<Long> ids =
        all.subList(from, Math.min(all.size(), from + size)).stream()
            .map(Enrolled::enrollmentId)
            .toList();
    List<HireRow> rows =
        HireRow.of(facts.read(scope, filter, today(), HIRE_ROW, ids), filter.period(), today());
    return new Page<>(rows, page, size, all.size());
  }

  /** How many hires the table has (counted by the database: those whose enrolment overlaps). */
  public long hireCount(DashboardFilter filter) {
    return competencesQuery.count(access.persons(filter.unit()), filter);
  }

  public List<ModuleRow> modules(DashboardFilter filter) {
    return modulesQuery.modules(access.modules(filter.unit()), filter);
  }

  public List<MentorRow> mentors(DashboardFilter filter) {
    return mentorsQuery.mentors(access.persons(filter.unit()), filter, today());
  }

  /** Every row (the CSV export) and the means. */
  public Competences competences(DashboardFilter filter) {
    return competences(filter, 0, 0);
  }

  /** One page of the competence table (size 0: all of it) and the means over all the hires. */
  public Competences competences(DashboardFilter filter, int page, int size) {
    Scope scope = access.persons(filter.unit());
    CompetencesQuery.Rows rows = competencesQuery.rows(scope, filter, page, size);
    return new Competences(
        rows.rows(), competencesQuery.average(scope, filter), page, size, rows.total());
  }

  /** One page of the competence table and the number of hires in all, without the means. */
  public Page<CompetenceRow> competenceRows(DashboardFilter filter, int page, int size) {
    CompetencesQuery.Rows rows =
        competencesQuery.rows(access.persons(filter.unit()), filter, page, size);
    return new Page<>(rows.rows(), page, size, rows.total());
  }

  /** The mean coverage per competence over all the hires (the chart). */
  public Map<Competence, Double> competenceAverage(DashboardFilter filter) {
    return competencesQuery.average(access.persons(filter.unit()), filter);
  }

  public List<RetentionRow> retention(DashboardFilter filter) {
    return RetentionRow.of(persons(filter, Set.of()), filter.period(), today());
  }

  /**
   * A hire's path for the drill-down: states and dates only. A hire outside the caller's units is
   * reported as not found, so that the answer does not tell which enrolments exist.
   */
  public HireDetail hire(long enrollmentId) {
    Facts read = facts.readOne(access.persons(null), enrollmentId, today());
    if (read.hires().isEmpty()) {
      throw new NotFound("enrollment.not-found");
    }
    return HireDetail.of(read.hires().get(0), read);
  }

  /** The units the caller may filter by, and the programmes of their hires, for the filters. */
  public Choices choices() {
    Scope scope = access.modules(null);
    return new Choices(choicesQuery.units(scope), choicesQuery.programmes(scope));
  }

  /** A unit or programme to filter by. */
  public record Choice(long id, String name) {}

  public record Choices(List<Choice> units, List<Choice> programmes) {}

  private Facts persons(DashboardFilter filter, Set<Part> parts) {
    return facts.read(access.persons(filter.unit()), filter, today(), parts);
  }
}
