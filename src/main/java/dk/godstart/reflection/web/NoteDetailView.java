package dk.godstart.reflection.web;

import dk.godstart.reflection.application.NoteViews.AnswerView;
import dk.godstart.reflection.application.NoteViews.NoteView;
import dk.godstart.reflection.application.Notes;
import dk.godstart.reflection.domain.ReflectionNote.Answer;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code reflection/note.xhtml}: the hire writes (drafts also save from the browser as she
 * types, see note-draft.js), submits and follows the thread; a mentor reads, takes, answers and
 * decides. {@code ?module=} opens the note about the hire's latest completed attempt, making it.
 */
@Named
@ViewScoped
public class NoteDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Notes notes;

  private Long id;
  private Long module;
  private boolean logbook;
  private NoteView note;
  private List<String> texts = new ArrayList<>();
  private String comment;

  public void load() throws IOException {
    if (id == null && (module != null || logbook)) {
      long created = module != null ? notes.noteFor(module) : notes.create(null, null).id();
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/reflection/note.xhtml?id="
                  + created);
      return;
    }
    if (id == null) {
      throw new dk.godstart.kernel.NotFound("note.not-found");
    }
    reload();
  }

  private void reload() {
    note = notes.read(id);
    texts = new ArrayList<>(note.answers().stream().map(AnswerView::text).toList());
  }

  public void save() {
    if (write()) {
      info("note.saved");
    }
  }

  public void submit() {
    if (write() && attempt(() -> notes.submit(id))) {
      info("note.submittedInfo");
    }
  }

  public void addComment() {
    if (attempt(() -> notes.comment(id, comment))) {
      comment = null;
    }
  }

  public void take() {
    attempt(() -> notes.take(id));
  }

  public void review(String outcome) {
    attempt(() -> notes.review(id, outcome));
  }

  private boolean write() {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < note.answers().size(); i++) {
      // Faces hands an empty field over as null: an unanswered prompt.
      String text = i < texts.size() ? texts.get(i) : null;
      answers.add(new Answer(note.answers().get(i).prompt(), text == null ? "" : text));
    }
    // The browser may have saved a newer version meanwhile: this form holds the hire's latest text.
    return attempt(() -> notes.edit(id, answers, notes.read(id).version()));
  }

  /** Runs an action; a refusal propagates and becomes a message on the page (platform). */
  private boolean attempt(Runnable action) {
    action.run();
    reload();
    return true;
  }

  private static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getModule() {
    return module;
  }

  public void setModule(Long module) {
    this.module = module;
  }

  public boolean isLogbook() {
    return logbook;
  }

  public void setLogbook(boolean logbook) {
    this.logbook = logbook;
  }

  public NoteView getNote() {
    return note;
  }

  public List<String> getTexts() {
    return texts;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
