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
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
  private final Hires hires = new Hires();

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

  public Hires getHires() {
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

  /** The rows one page at a time, from the one definition in {@link Dashboards}. */
  public class Hires extends LazyDataModel<CompetenceRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) dashboards.hireCount(filter());
    }

    @Override
    public List<CompetenceRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return dashboards.competenceRows(filter(), first / pageSize, pageSize).rows();
    }

    @Override
    public String getRowKey(CompetenceRow row) {
      return String.valueOf(row.enrollmentId());
    }
  }

  private DashboardFilter filter() {
    load();
    return filter;
  }
}
