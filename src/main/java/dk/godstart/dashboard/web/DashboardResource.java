package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.application.Dashboards.Competences;
import dk.godstart.dashboard.application.Dashboards.Page;
import dk.godstart.dashboard.domain.HireRow;
import dk.godstart.dashboard.domain.MentorRow;
import dk.godstart.dashboard.domain.ModuleRow;
import dk.godstart.dashboard.domain.Overview;
import dk.godstart.dashboard.domain.RetentionRow;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * {@code /api/v1/dashboard/overview|hires|modules|mentors|competences|retention}: the dashboards'
 * figures as JSON, or as the pages' CSV with {@code Accept: text/csv}. Filters {@code unit}, {@code
 * programme}, {@code from}, {@code to}; the hires and competences also {@code page} and {@code
 * size}. Who sees what is decided by the application ({@code DashboardAccess}), not here.
 */
@Path("dashboard")
@RequestScoped
public class DashboardResource {

  public static final String CSV = "text/csv";

  /**
   * What the CSV twins produce: CSV only when asked for, since a caller that names no type (or any
   * type) means the JSON; without the lower quality the choice between a path's two methods is the
   * server's whim.
   */
  static final String CSV_WHEN_ASKED = "text/csv;qs=0.5";

  static final int MAX_SIZE = 500;

  @Inject Dashboards dashboards;
  @Inject DashboardCsv csv;

  /** The filters as query parameters. */
  public static class Filters {
    @QueryParam("unit")
    String unit;

    @QueryParam("programme")
    String programme;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;
  }

  @GET
  @Path("overview")
  @Produces(MediaType.APPLICATION_JSON)
  public Overview overview(@BeanParam Filters f) {
    return dashboards.overview(filter(f));
  }

  @GET
  @Path("hires")
  @Produces(MediaType.APPLICATION_JSON)
  public Page<HireRow> hires(
      @BeanParam Filters f, @QueryParam("page") String page, @QueryParam("size") String size) {
    DashboardFilter filter = filter(f);
    int pageNumber = number(page, 0, Integer.MAX_VALUE, 0);
    int pageSize = number(size, 1, MAX_SIZE, 50);
    return dashboards.hires(filter, pageNumber, pageSize);
  }

  @GET
  @Path("modules")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ModuleRow> modules(@BeanParam Filters f) {
    return dashboards.modules(filter(f));
  }

  @GET
  @Path("mentors")
  @Produces(MediaType.APPLICATION_JSON)
  public List<MentorRow> mentors(@BeanParam Filters f) {
    return dashboards.mentors(filter(f));
  }

  @GET
  @Path("competences")
  @Produces(MediaType.APPLICATION_JSON)
  public Competences competences(
      @BeanParam Filters f, @QueryParam("page") String page, @QueryParam("size") String size) {
    DashboardFilter filter = filter(f);
    return dashboards.competences(
        filter, number(page, 0, Integer.MAX_VALUE, 0), number(size, 1, MAX_SIZE, 50));
  }

  @GET
  @Path("retention")
  @Produces(MediaType.APPLICATION_JSON)
  public List<RetentionRow> retention(@BeanParam Filters f) {
    return dashboards.retention(filter(f));
  }

  // Each view's CSV twin sits at the same path: JAX-RS chooses among one path's methods by Accept.

  @GET
  @Path("overview")
  @Produces(CSV_WHEN_ASKED)
  public Response overviewCsv(@BeanParam Filters f) {
    return csv("overview", f);
  }

  @GET
  @Path("hires")
  @Produces(CSV_WHEN_ASKED)
  public Response hiresCsv(@BeanParam Filters f) {
    return csv("hires", f);
  }

  @GET
  @Path("modules")
  @Produces(CSV_WHEN_ASKED)
  public Response modulesCsv(@BeanParam Filters f) {
    return csv("modules", f);
  }

  @GET
  @Path("mentors")
  @Produces(CSV_WHEN_ASKED)
  public Response mentorsCsv(@BeanParam Filters f) {
    return csv("mentors", f);
  }

  @GET
  @Path("competences")
  @Produces(CSV_WHEN_ASKED)
  public Response competencesCsv(@BeanParam Filters f) {
    return csv("competences", f);
  }

  @GET
  @Path("retention")
  @Produces(CSV_WHEN_ASKED)
  public Response retentionCsv(@BeanParam Filters f) {
    return csv("retention", f);
  }

  /** The whole table (the CSV is the export, so it is never paged). */
  private Response csv(String view, Filters f) {
    DashboardFilter filter = filter(f);
    // The figures are computed before the first byte is written, so a refusal is still a 403.
    DashboardCsv.Table table = csv.table(view, filter);
    StreamingOutput body = out -> DashboardCsv.print(table, out);
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(view, filter) + "\"")
        .build();
  }

  static String fileName(String view, DashboardFilter filter) {
    return "godstart-" + view + "-" + filter.to() + ".csv";
  }

  private DashboardFilter filter(Filters f) {
    return DashboardFilter.parse(f.unit, f.programme, f.from, f.to, dashboards.today());
  }

  private static int number(String value, int min, int max, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInput(
        "invalid-input", List.of(Detail.of("dashboard.bad-paging", "page", MAX_SIZE)));
  }
}
