package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.Enrollments.Colleague;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.text.MessageFormat;

/**
 * The colleague pickers' converter: a colleague travels as the user name, and text typed without
 * picking from the list must name exactly one colleague; otherwise the field says so in the page's
 * language.
 */
final class ColleagueConverter implements Converter<Colleague> {

  private final ColleagueDirectory directory;
  private final String unknownKey;

  /** A converter over these colleagues, explaining unknown text with the page text of that key. */
  ColleagueConverter(ColleagueDirectory directory, String unknownKey) {
    this.directory = directory;
    this.unknownKey = unknownKey;
  }

  @Override
  public Colleague getAsObject(FacesContext faces, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return directory
        .resolve(value)
        .orElseThrow(
            () -> {
              String text =
                  new MessageFormat(
                          faces
                              .getApplication()
                              .getResourceBundle(faces, "msg")
                              .getString(unknownKey),
                          faces.getViewRoot().getLocale())
                      .format(new Object[] {value.strip()});
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, Colleague value) {
    return value == null ? "" : value.username();
  }
}
