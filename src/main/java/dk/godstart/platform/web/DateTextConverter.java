package dk.godstart.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;

/**
 * A date field's converter ({@code converter="dateText"}): reads what {@link DateText} reads and
 * shows dates in the page's language; a text that is no date is explained beside the field.
 */
@FacesConverter("dateText")
public class DateTextConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext faces, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return DateText.parse(value)
        .orElseThrow(
            () -> {
              String text =
                  new MessageFormat(
                          faces
                              .getApplication()
                              .getResourceBundle(faces, "msg")
                              .getString("date.invalid"),
                          faces.getViewRoot().getLocale())
                      .format(new Object[] {value.strip()});
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, LocalDate value) {
    return DateText.format(value, faces.getViewRoot().getLocale());
  }
}
