package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.HirePath;
import dk.godstart.enrollment.application.StepReporting.Marked;
import dk.godstart.enrollment.application.StepReporting.Undone;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The step just marked reached on a path (Min vej or a hire's path), with its undo, and what the
 * page says about it beside the step: "Trinnet "X" er markeret som nået. Det åbnede: …".
 */
public final class StepMarks implements Serializable {

  private static final long serialVersionUID = 1L;

  private Marked marked;
  private String undoneStep;
  private String said = "";

  void marked(Marked mark, HirePath path) {
    marked = mark;
    undoneStep = null;
    String text = format("path.marked", stepName(path, mark.step()));
    if (!mark.opened().isEmpty()) {
      text += " " + format("path.markedOpened", titles(path, mark.opened()));
    }
    said = text;
  }

  void undone(Undone undone, HirePath path) {
    marked = null;
    undoneStep = undone.step();
    String text = format("path.undone", stepName(path, undone.step()));
    if (!undone.closed().isEmpty()) {
      text += " " + format("path.undoneClosed", titles(path, undone.closed()));
    }
    said = text;
  }

  /** The mark that the undo button takes back; null when there is none. */
  Marked mark() {
    return marked;
  }

  /** Whether this step's undo button shows: the step was just marked on this page. */
  public boolean undoes(String stepCode) {
    return marked != null && marked.step().equals(stepCode);
  }

  /** Whether this step's mark was just undone (the page says so beside it). */
  public boolean wasUndone(String stepCode) {
    return stepCode.equals(undoneStep);
  }

  /** What happened, for the step's line and the page's live region. */
  public String getSaid() {
    return said;
  }

  private static String stepName(HirePath path, String code) {
    return path.phases().stream()
        .flatMap(p -> p.steps().stream())
        .filter(s -> s.code().equals(code))
        .map(HirePath.StepView::name)
        .findFirst()
        .orElse(code);
  }

  private static String titles(HirePath path, List<Long> modules) {
    return modules.stream()
        .map(
            id ->
                path.allModules().stream()
                    .filter(m -> m.moduleId() == id)
                    .map(m -> "\"" + m.title() + "\"")
                    .findFirst()
                    .orElse(String.valueOf(id)))
        .collect(Collectors.joining(", "));
  }

  private static String format(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    return new MessageFormat(texts.getString(key), faces.getViewRoot().getLocale()).format(args);
  }
}
