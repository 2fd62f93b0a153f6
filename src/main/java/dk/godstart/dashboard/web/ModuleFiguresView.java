package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.ModuleRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code dashboard/modules.xhtml} (Moduler): leaders, administrators and authors. */
@Named
@RequestScoped
public class ModuleFiguresView {

  @Inject Dashboards dashboards;
  @Inject DashboardFilters filters;

  private List<ModuleRow> rows;

  public List<ModuleRow> getRows() {
    if (rows == null) {
      rows = dashboards.modules(filters.filter());
    }
    return rows;
  }
}
