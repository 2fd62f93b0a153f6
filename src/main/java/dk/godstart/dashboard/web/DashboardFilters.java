package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.DashboardAccess;
import dk.godstart.dashboard.application.DashboardFilter;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.application.Dashboards.Choices;
import dk.godstart.kernel.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The filters of the dashboard pages as they stand in the URL ({@code unit}, {@code programme},
 * {@code from}, {@code to}), so a view can be bookmarked; parsed by the same rule as the REST API.
 */
@Named
@RequestScoped
public class DashboardFilters {

  @Inject Dashboards dashboards;
  @Inject DashboardAccess access;

  private String unit;
  private String programme;
  private String from;
  private String to;
  private DashboardFilter filter;
  private Choices choices;

  public DashboardFilter filter() {
    if (filter == null) {
      try {
        filter = DashboardFilter.parse(unit, programme, from, to, dashboards.today());
      } catch (InvalidInput e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                msg.getString("dashboard.badFilter"),
                msg.getString("dashboard.badFilter")));
        unit = programme = from = to = null;
        filter = DashboardFilter.parse(null, null, null, null, dashboards.today());
      }
    }
    return filter;
  }

  public Choices getChoices() {
    if (choices == null) {
      choices = dashboards.choices();
    }
    return choices;
  }

  /** Whether the caller sees the views that name persons (leaders, administrators). */
  public boolean isPersons() {
    return access.mayOpen();
  }

  /** The filters as a query string for links (the CSV download), without a leading '?'. */
  public String getQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("unit", unit);
    params.put("programme", programme);
    params.put("from", from);
    params.put("to", to);
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public String csvUrl(String view) {
    String query = getQuery();
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/dashboard/export/"
        + view
        + ".csv"
        + (query.isEmpty() ? "" : "?" + query);
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
