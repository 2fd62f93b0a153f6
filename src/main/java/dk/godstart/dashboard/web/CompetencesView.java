package dk.godstart.dashboard.web;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.application.Dashboards.Competences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/** Backs {@code dashboard/competences.xhtml} (Praksiskompetencer). */
@Named
@RequestScoped
public class CompetencesView {

  @Inject Dashboards dashboards;
  @Inject DashboardFilters filters;

  private Competences competences;

  public Competences getCompetences() {
    if (competences == null) {
      competences = dashboards.competences(filters.filter());
    }
    return competences;
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
            .map(c -> getCompetences().average().get(c))
            .map(share -> share == null ? null : share * 100)
            .toList());
  }
}
