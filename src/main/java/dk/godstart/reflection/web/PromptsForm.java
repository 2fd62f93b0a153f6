package dk.godstart.reflection.web;

import dk.godstart.reflection.application.ModulePrompts;
import dk.godstart.reflection.domain.Prompts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The module page's form for a module's one to three reflection prompts (authors). */
@Named
@ViewScoped
public class PromptsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModulePrompts modulePrompts;

  private final List<String> prompts = new ArrayList<>();
  private boolean loaded;

  public void load(long moduleId) {
    if (loaded || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    prompts.clear();
    prompts.addAll(modulePrompts.of(moduleId));
    while (prompts.size() < Prompts.MAX) {
      prompts.add("");
    }
    loaded = true;
  }

  public void save(long moduleId) {
    List<String> saved = modulePrompts.set(moduleId, prompts);
    prompts.clear();
    prompts.addAll(saved);
    while (prompts.size() < Prompts.MAX) {
      prompts.add("");
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString("prompts.saved");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** Those who may set prompts see the form; others see none. */
  public boolean isEditable() {
    return modulePrompts.maySet();
  }

  public List<Integer> getIndexes() {
    return IntStream.range(0, Prompts.MAX).boxed().toList();
  }

  public List<String> getPrompts() {
    return prompts;
  }
}
