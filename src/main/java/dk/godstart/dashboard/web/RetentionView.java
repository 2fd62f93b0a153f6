package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.RetentionRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code dashboard/retention.xhtml} (Fastholdelse). */
@Named
@RequestScoped
public class RetentionView {

  @Inject Dashboards dashboards;
  @Inject DashboardFilters filters;

  private List<RetentionRow> rows;

  public List<RetentionRow> getRows() {
    if (rows == null) {
      rows = dashboards.retention(filters.filter());
    }
    return rows;
  }
}
