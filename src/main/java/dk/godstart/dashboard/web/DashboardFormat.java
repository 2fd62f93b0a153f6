package dk.godstart.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/** Shares and decimals on the dashboard pages, in the page's language; a missing figure is "–". */
@Named
@ApplicationScoped
public class DashboardFormat {

  public String percent(Double share) {
    return share == null ? "–" : String.format(locale(), "%.1f %%", share * 100);
  }

  public String decimal(Double value) {
    return value == null ? "–" : String.format(locale(), "%.1f", value);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("da")
        : faces.getViewRoot().getLocale();
  }
}
