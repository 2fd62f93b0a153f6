package dk.godstart.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: Danish unless the user switches to English. */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Locale DANISH = Locale.forLanguageTag("da");

  private Locale locale = DANISH;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public boolean isDanish() {
    return DANISH.equals(locale);
  }

  /** Switches to {@code "da"} or {@code "en"}; anything else is ignored. */
  public void choose(String language) {
    if ("da".equals(language)) {
      locale = DANISH;
    } else if ("en".equals(language)) {
      locale = Locale.ENGLISH;
    } else {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      faces.getViewRoot().setLocale(locale);
    }
  }
}
