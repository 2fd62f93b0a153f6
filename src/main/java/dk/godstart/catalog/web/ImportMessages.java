package dk.godstart.catalog.web;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.ErrorTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Tells the uploader, on the page they land on next, what the import did. */
final class ImportMessages {

  private ImportMessages() {}

  static void announce(FacesContext faces, ImportedVersion imported) {
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    String done =
        new MessageFormat(texts.getString("catalog.imported"), locale)
            .format(new Object[] {imported.version(), imported.title(), imported.scos().size()});
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
    for (Detail note : imported.notes()) {
      String text = ErrorTexts.message(note.code(), locale, note.args().toArray());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }
    // The messages must survive the redirect to the module's page.
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
