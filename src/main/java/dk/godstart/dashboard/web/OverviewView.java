package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.MonthCount;
import dk.godstart.dashboard.domain.Overview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code dashboard/overview.xhtml} (Overblik). */
@Named
@RequestScoped
public class OverviewView {

  @Inject Dashboards dashboards;
  @Inject DashboardFilters filters;

  private Overview overview;

  public Overview getOverview() {
    if (overview == null) {
      overview = dashboards.overview(filters.filter());
    }
    return overview;
  }

  public int getStalledDays() {
    return dashboards.stalledDays();
  }

  public String getChart() {
    var months = getOverview().completedByMonth();
    return ChartConfigs.series(
        "line",
        FacesContext.getCurrentInstance()
            .getApplication()
            .getResourceBundle(FacesContext.getCurrentInstance(), "msg")
            .getString("dashboard.overview.chart"),
        months.stream().map(m -> m.month().toString()).toList(),
        months.stream().map(MonthCount::completed).toList());
  }
}
