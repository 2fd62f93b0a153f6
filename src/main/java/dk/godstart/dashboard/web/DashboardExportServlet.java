package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /dashboard/export/<view>.csv}: the pages' download links, for the signed-in browser. The
 * same tables as the REST API's {@code Accept: text/csv}, with the same access rules.
 */
@WebServlet("/dashboard/export/*")
public class DashboardExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Dashboards dashboards;
  @Inject transient DashboardCsv csv;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String view =
        path.startsWith("/") && path.endsWith(".csv") ? path.substring(1, path.length() - 4) : "";
    if (!DashboardCsv.VIEWS.contains(view)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DashboardCsv.Table table;
    DashboardFilter filter;
    try {
      filter =
          DashboardFilter.parse(
              request.getParameter("unit"),
              request.getParameter("programme"),
              request.getParameter("from"),
              request.getParameter("to"),
              dashboards.today());
      table = csv.table(view, filter);
    } catch (AccessDenied e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (InvalidInput e) {
      response.sendError(422);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + DashboardResource.fileName(view, filter) + "\"");
    DashboardCsv.print(table, response.getOutputStream());
  }
}
