package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.HireDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code dashboard/hire.xhtml}: the drill-down to one hire's path, states and dates only. */
@Named
@RequestScoped
public class HireView {

  @Inject Dashboards dashboards;

  private long id;
  private HireDetail detail;

  public HireDetail getDetail() {
    if (detail == null) {
      detail = dashboards.hire(id);
    }
    return detail;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
