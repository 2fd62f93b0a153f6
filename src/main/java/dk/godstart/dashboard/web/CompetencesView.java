package dk.godstart.dashboard.web;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.CompetenceRow;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Backs {@code dashboard/competences.xhtml} (Praksiskompetencer): the means per competence (the
 * chart) and the hires' table, paged on the server as the hires' table is.
 */
@Named
@ViewScoped
public class CompetencesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Dashboards dashboards;
  @Inject transient DashboardFilters filters;

  private DashboardFilter filter;
  private Map<Competence, Double> average;
  private final PagedRows<CompetenceRow> hires =
      new PagedRows<>(
          () -> dashboards.hireCount(filter()),
          (page, size) -> dashboards.competenceRows(filter(), page, size).rows(),
          CompetenceRow::enrollmentId);

  /** Called after the view parameters are set. */
  public void load() {
    if (filter == null) {
      filter = filters.filter();
    }
  }

  public Map<Competence, Double> getAverage() {
    if (average == null) {
      average = dashboards.competenceAverage(filter());
    }
    return average;
  }

  public PagedRows<CompetenceRow> getHires() {
    return hires;
  }

  public List<Competence> getKinds() {
    return List.of(Competence.values());
  }

  public String getChart() {
    ResourceBundle msg =
        FacesContext.getCurrentInstance()
            .getApplication()
            .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
    return ChartConfigs.series(
        "bar",
        msg.getString("dashboard.competences.chart"),
        Arrays.stream(Competence.values())
            .map(c -> msg.getString("competence." + c.name()))
            .toList(),
        Arrays.stream(Competence.values())
            .map(c -> getAverage().get(c))
            .map(share -> share == null ? null : share * 100)
            .toList());
  }

  private DashboardFilter filter() {
    load();
    return filter;
  }
}
