package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.HireRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code dashboard/hires.xhtml} (Nyansatte): a table paged on the server. */
@Named
@ViewScoped
public class HiresView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Dashboards dashboards;
  @Inject transient DashboardFilters filters;

  private DashboardFilter filter;
  private final PagedRows<HireRow> hires =
      new PagedRows<>(
          () -> dashboards.hireCount(filter()),
          (page, size) -> dashboards.hires(filter(), page, size).rows(),
          HireRow::enrollmentId);

  /** Called after the view parameters are set. */
  public void load() {
    if (filter == null) {
      filter = filters.filter();
    }
  }

  public PagedRows<HireRow> getHires() {
    return hires;
  }

  private DashboardFilter filter() {
    load();
    return filter;
  }
}
