package dk.godstart.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What a page's date fields need besides their converter ({@code converter="dateText"}): the
 * pattern of the page's language for the date picker's calendar, {@code #{dateInput.pattern}}.
 */
@Named("dateInput")
@ApplicationScoped
public class DateInputs {

  public String getPattern() {
    return DateText.pattern(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
