package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.HireRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs {@code dashboard/hires.xhtml} (Nyansatte): a table paged on the server. */
@Named
@ViewScoped
public class HiresView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Dashboards dashboards;
  @Inject transient DashboardFilters filters;

  private DashboardFilter filter;
  private Hires hires;

  @PostConstruct
  void init() {
    hires = new Hires();
  }

  /** Called after the view parameters are set. */
  public void load() {
    if (filter == null) {
      filter = filters.filter();
    }
  }

  public Hires getHires() {
    return hires;
  }

  /** The rows one page at a time, from the one definition in {@link Dashboards}. */
  public class Hires extends LazyDataModel<HireRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) dashboards.hireCount(filter());
    }

    @Override
    public List<HireRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return dashboards.hires(filter(), first / pageSize, pageSize).rows();
    }

    @Override
    public String getRowKey(HireRow row) {
      return String.valueOf(row.enrollmentId());
    }
  }

  private DashboardFilter filter() {
    load();
    return filter;
  }
}
