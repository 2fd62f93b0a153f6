package dk.godstart.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the footer's link to the accessibility statement (tilgængelighedserklæring) leads. Danish
 * public sector sites must publish one, usually on the municipality's own site (WAS-Tool): an
 * installation sets {@code godstart.accessibility-statement.url}; without it the link leads to the
 * application's own page, which says how the pages are made and tested.
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

  static final String OWN_PAGE = "/accessibility.xhtml";

  @Inject
  @ConfigProperty(name = "godstart.accessibility-statement.url", defaultValue = " ")
  String url;

  public String getUrl() {
    if (url != null && !url.isBlank()) {
      return url.strip();
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String context = faces == null ? "" : faces.getExternalContext().getRequestContextPath();
    return context + OWN_PAGE;
  }
}
