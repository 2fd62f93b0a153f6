package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.MentorRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code dashboard/mentors.xhtml} (Mentorer). */
@Named
@RequestScoped
public class MentorsView {

  @Inject Dashboards dashboards;
  @Inject DashboardFilters filters;

  private List<MentorRow> rows;

  public List<MentorRow> getRows() {
    if (rows == null) {
      rows = dashboards.mentors(filters.filter());
    }
    return rows;
  }

  public String getChart() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ChartConfigs.series(
        "bar",
        faces.getApplication().getResourceBundle(faces, "msg").getString("dashboard.mentors.chart"),
        getRows().stream().map(MentorRow::name).toList(),
        getRows().stream().map(MentorRow::hires).toList());
  }
}
