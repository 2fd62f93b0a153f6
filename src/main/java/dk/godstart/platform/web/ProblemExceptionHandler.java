package dk.godstart.platform.web;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.ErrorBody;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.NotFound;
import dk.godstart.kernel.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A problem raised by an action on a page becomes a message on that page (in the page's language),
 * or the 403 or 404 page when it is about access or existence. Other exceptions go on to the
 * friendly 500 page.
 */
class ProblemExceptionHandler extends ExceptionHandlerWrapper {

  private static final String SHOWN = ProblemExceptionHandler.class.getName() + ".shown";

  ProblemExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Problem problem = problemIn(events.next().getContext().getException());
      if (problem != null) {
        show(problem, FacesContext.getCurrentInstance());
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static Problem problemIn(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        return problem;
      }
    }
    return null;
  }

  private static void show(Problem problem, FacesContext faces) {
    // The same problem can be queued again (wrapped anew) in a later phase of the same request;
    // a person should read it once.
    @SuppressWarnings("unchecked")
    Set<Problem> shown =
        (Set<Problem>)
            faces
                .getAttributes()
                .computeIfAbsent(SHOWN, key -> Collections.newSetFromMap(new IdentityHashMap<>()));
    if (!shown.add(problem)) {
      return;
    }
    if (problem instanceof AccessDenied || problem instanceof NotFound) {
      try {
        faces
            .getExternalContext()
            .responseSendError(problem instanceof AccessDenied ? 403 : 404, null);
        faces.responseComplete();
        return;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Locale locale =
        faces.getViewRoot() == null ? ErrorTexts.DANISH : faces.getViewRoot().getLocale();
    ErrorBody body = ErrorTexts.body(problem, locale);
    // A refused package's message repeats its first detail: say it once.
    if (body.details().stream().noneMatch(d -> d.message().equals(body.message()))) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, body.message(), body.message()));
    }
    ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
    for (ErrorBody.ErrorDetail detail : body.details()) {
      String text = fieldLabel(labels, detail.location()) + detail.message();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  /**
   * "Label: " for a detail's location, from the page bundle's {@code field.<location>}; nothing
   * when the location has no label there: a technical name ("primaryMentor") means nothing to a
   * user.
   */
  static String fieldLabel(ResourceBundle labels, String location) {
    String key = "field." + location;
    return location != null && labels != null && labels.containsKey(key)
        ? labels.getString(key) + ": "
        : "";
  }
}
