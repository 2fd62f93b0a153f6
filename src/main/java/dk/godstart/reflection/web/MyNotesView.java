package dk.godstart.reflection.web;

import dk.godstart.reflection.application.NoteViews.NoteSummary;
import dk.godstart.reflection.application.Notes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code reflection/notes.xhtml} (Mine noter): the hire's notes and logbook. */
@Named
@ViewScoped
public class MyNotesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Notes notes;

  private List<NoteSummary> list;

  public void load() {
    list = notes.mine();
  }

  public List<NoteSummary> getNotes() {
    return list;
  }
}
