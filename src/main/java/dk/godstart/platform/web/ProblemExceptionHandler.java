package dk.godstart.platform.web;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.ErrorBody;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.NotFound;
import dk.godstart.kernel.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
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
    // A detail about a field that has its own message beside it is shown there, in the form the
    // person used; the rest, and the problem as a whole, at the top of the page.
    UIComponent form = submittedForm(faces);
    List<ErrorBody.ErrorDetail> elsewhere = new ArrayList<>();
    for (ErrorBody.ErrorDetail detail : body.details()) {
      String beside = besideField(form, detail.location());
      if (beside == null) {
        elsewhere.add(detail);
      } else {
        faces.addMessage(
            beside,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, detail.message(), detail.message()));
      }
    }
    // A refused package's message repeats its first detail: say it once.
    boolean allBeside = !body.details().isEmpty() && elsewhere.isEmpty();
    if (!allBeside && elsewhere.stream().noneMatch(d -> d.message().equals(body.message()))) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, body.message(), body.message()));
    }
    ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "msg");
    for (ErrorBody.ErrorDetail detail : elsewhere) {
      String text = fieldLabel(labels, detail.location()) + detail.message();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  /** The form whose button or field sent this (Ajax) request; null when that is not known. */
  private static UIComponent submittedForm(FacesContext faces) {
    String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
    if (source == null || faces.getViewRoot() == null) {
      return null;
    }
    try {
      UIComponent component = faces.getViewRoot().findComponent(source);
      while (component != null && !(component instanceof NamingContainer)) {
        component = component.getParent();
      }
      return component;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The client id of the field named by a detail's location, when the form has a field of that id
   * and a message component for it; otherwise null.
   */
  private static String besideField(UIComponent form, String location) {
    if (form == null || location == null || location.isBlank() || location.contains(":")) {
      return null;
    }
    UIComponent field;
    try {
      field = form.findComponent(location);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return field != null && hasMessageFor(form, location)
        ? field.getClientId(FacesContext.getCurrentInstance())
        : null;
  }

  private static boolean hasMessageFor(UIComponent parent, String id) {
    for (UIComponent child : parent.getChildren()) {
      if (child instanceof UIMessage message && id.equals(message.getFor())) {
        return true;
      }
      if (hasMessageFor(child, id)) {
        return true;
      }
    }
    return false;
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
