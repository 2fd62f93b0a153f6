package dk.godstart.dashboard.web;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.CompetenceRow;
import dk.godstart.dashboard.domain.HireRow;
import dk.godstart.dashboard.domain.MentorRow;
import dk.godstart.dashboard.domain.ModuleRow;
import dk.godstart.dashboard.domain.Overview;
import dk.godstart.dashboard.domain.RetentionRow;
import dk.godstart.kernel.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every dashboard table as CSV for a Danish Excel: UTF-8 with a byte order mark, {@code ;} between
 * fields, Danish column names, decimal commas, shares in per cent and ISO dates. The REST API and
 * the pages' download links both write through here, from the same figures.
 */
@ApplicationScoped
public class DashboardCsv {

  public static final List<String> VIEWS =
      List.of("overview", "hires", "modules", "mentors", "competences", "retention");

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final java.util.ResourceBundle BUNDLE =
      java.util.ResourceBundle.getBundle("dk.godstart.platform.web.messages", DANISH);

  @Inject Dashboards dashboards;

  /** Writes the view's table. */
  public void write(String view, DashboardFilter filter, OutputStream out) throws IOException {
    print(table(view, filter), out);
  }

  /** Writes a table: byte order mark, header, rows. */
  public static void print(Table table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader(table.header().toArray(String[]::new))
            .get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (List<Object> row : table.rows()) {
        printer.printRecord(row);
      }
    }
  }

  /** A table: its Danish column names and its rows, values already formatted. */
  public record Table(List<String> header, List<List<Object>> rows) {}

  public Table table(String view, DashboardFilter filter) {
    return switch (view) {
      case "overview" -> overview(dashboards.overview(filter));
      case "hires" -> hires(dashboards.hires(filter));
      case "modules" -> modules(dashboards.modules(filter));
      case "mentors" -> mentors(dashboards.mentors(filter));
      case "competences" -> competences(dashboards.competences(filter).hires());
      case "retention" -> retention(dashboards.retention(filter));
      default -> throw new IllegalArgumentException(view);
    };
  }

  private static Table overview(Overview o) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(t("dashboard.overview.active"), o.activeHires()));
    rows.add(List.of(t("dashboard.overview.completed"), o.completedInPeriod()));
    rows.add(List.of(t("dashboard.overview.dueRate"), percent(o.dueCompletionRate())));
    rows.add(List.of(t("dashboard.overview.median"), decimal(o.medianDaysToComplete())));
    rows.add(List.of(t("dashboard.overview.stalled"), o.stalled().size()));
    rows.add(List.of(t("dashboard.overview.overdue"), o.overdue().size()));
    rows.add(List.of(t("dashboard.overview.notesWaiting"), o.notesWaiting()));
    rows.add(
        List.of(
            t("dashboard.overview.oldestWait"),
            o.oldestWaitDays() == null ? "" : o.oldestWaitDays()));
    return new Table(List.of(t("dashboard.col.figure"), t("dashboard.col.value")), rows);
  }

  private static Table hires(List<HireRow> hires) {
    return new Table(
        List.of(
            t("dashboard.col.hire"),
            t("dashboard.col.unit"),
            t("dashboard.col.programme"),
            t("dashboard.col.start"),
            t("dashboard.col.status"),
            t("dashboard.col.phase"),
            t("dashboard.col.unlocked"),
            t("dashboard.col.completed"),
            t("dashboard.col.overdue"),
            t("dashboard.col.lastActivity"),
            t("dashboard.col.primaryMentor"),
            t("dashboard.col.reflected"),
            t("dashboard.col.reviewed"),
            t("dashboard.col.nextMeeting")),
        hires.stream()
            .map(
                h ->
                    Arrays.<Object>asList(
                        h.name(),
                        h.unit(),
                        h.programme(),
                        h.startDate(),
                        statusDa(h.status()),
                        h.phase() == null ? "" : phaseDa(h.phase()),
                        h.unlocked(),
                        h.completed(),
                        h.overdue(),
                        dateTime(h.lastActivity()),
                        h.primaryMentor() == null ? "" : h.primaryMentor(),
                        h.reflected(),
                        h.reviewed(),
                        dateTime(h.nextMeeting())))
            .toList());
  }

  private static Table modules(List<ModuleRow> modules) {
    return new Table(
        List.of(
            t("dashboard.col.module"),
            t("dashboard.col.moduleUnlocked"),
            t("dashboard.col.moduleCompleted"),
            t("dashboard.col.medianDays"),
            t("dashboard.col.averageScore"),
            t("dashboard.col.openedEarly")),
        modules.stream()
            .map(
                m ->
                    Arrays.<Object>asList(
                        m.title(),
                        m.unlocked(),
                        m.completed(),
                        decimal(m.medianDaysToComplete()),
                        percent(m.averageScore()),
                        percent(m.openedEarly())))
            .toList());
  }

  private static Table mentors(List<MentorRow> mentors) {
    return new Table(
        List.of(
            t("dashboard.col.mentor"),
            t("dashboard.col.primaryHires"),
            t("dashboard.col.substituteHires"),
            t("dashboard.col.total"),
            t("dashboard.col.notesWaiting"),
            t("dashboard.col.medianAnswerHours"),
            t("dashboard.col.meetingsHeld")),
        mentors.stream()
            .map(
                m ->
                    Arrays.<Object>asList(
                        m.name(),
                        m.primaryHires(),
                        m.substituteHires(),
                        m.hires(),
                        m.notesWaiting(),
                        decimal(m.medianAnswerHours()),
                        m.meetingsHeld()))
            .toList());
  }

  private static Table competences(List<CompetenceRow> rows) {
    List<String> header =
        new ArrayList<>(List.of(t("dashboard.col.hire"), t("dashboard.col.unit")));
    for (Competence c : Competence.values()) {
      header.add(t("dashboard.col.competenceCompleted", competenceDa(c)));
      header.add(t("dashboard.col.competencePlanned", competenceDa(c)));
      header.add(t("dashboard.col.competenceShare", competenceDa(c)));
    }
    return new Table(
        header,
        rows.stream()
            .map(
                r -> {
                  List<Object> row = new ArrayList<>(List.of(r.name(), r.unit()));
                  for (Competence c : Competence.values()) {
                    CompetenceRow.Coverage cover = r.of(c);
                    row.add(cover.completed());
                    row.add(cover.planned());
                    row.add(percent(cover.share()));
                  }
                  return row;
                })
            .toList());
  }

  private static Table retention(List<RetentionRow> rows) {
    return new Table(
        List.of(
            t("dashboard.col.year"),
            t("dashboard.col.started"),
            t("dashboard.col.left"),
            t("dashboard.col.eligible1"),
            t("dashboard.col.stayed1"),
            t("dashboard.col.share1"),
            t("dashboard.col.eligible2"),
            t("dashboard.col.stayed2"),
            t("dashboard.col.share2")),
        rows.stream()
            .map(
                r ->
                    Arrays.<Object>asList(
                        r.year() == null ? t("dashboard.col.total") : r.year(),
                        r.started(),
                        r.left(),
                        r.eligibleOneYear(),
                        r.stayedOneYear(),
                        percent(r.oneYear()),
                        r.eligibleTwoYears(),
                        r.stayedTwoYears(),
                        percent(r.twoYears())))
            .toList());
  }

  static String percent(Double share) {
    return share == null ? "" : String.format(DANISH, "%.1f", share * 100);
  }

  static String decimal(Double value) {
    return value == null ? "" : String.format(DANISH, "%.1f", value);
  }

  private static String dateTime(Instant instant) {
    return instant == null ? "" : DanishTime.day(instant).toString();
  }

  private static String statusDa(String status) {
    return t("enrol.status." + status);
  }

  private static String phaseDa(dk.godstart.process.domain.Phase phase) {
    return t("phase." + phase.name());
  }

  private static String competenceDa(Competence c) {
    return t("competence." + c.name());
  }

  /** A Danish text of the pages' bundle: the CSV speaks Danish whatever the caller's language. */
  static String t(String key, Object... args) {
    String text = BUNDLE.getString(key);
    return args.length == 0 ? text : java.text.MessageFormat.format(text, args);
  }
}
