package dk.godstart.people.web;

import dk.godstart.people.application.OrgUnits;
import dk.godstart.people.application.OrgUnits.UnitRow;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;

/** Backs {@code admin/units.xhtml}: the unit tree; create a unit, rename or move one. */
@Named
@ViewScoped
public class OrgUnitsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrgUnits units;

  private List<UnitRow> rows;
  private String newName;
  private Long newParent;
  private UnitRow editing;
  private String editName;
  private Long editParent;
  private String done;

  public List<UnitRow> getRows() {
    if (rows == null) {
      rows = units.tree();
    }
    return rows;
  }

  public void create() {
    units.create(newName, newParent);
    done = text("units.created", newName.strip());
    newName = null;
    rows = null;
  }

  public void edit(UnitRow row) {
    editing = row;
    editName = row.name();
    editParent = row.parentId();
    done = null;
  }

  public void save() {
    units.change(editing.id(), editName, editParent);
    done = text("units.saved", editName.strip());
    editing = null;
    rows = null;
  }

  public void cancel() {
    editing = null;
  }

  private static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return MessageFormat.format(
        faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
  }

  public UnitRow getEditing() {
    return editing;
  }

  public String getDone() {
    return done;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public Long getNewParent() {
    return newParent;
  }

  public void setNewParent(Long newParent) {
    this.newParent = newParent;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public Long getEditParent() {
    return editParent;
  }

  public void setEditParent(Long editParent) {
    this.editParent = editParent;
  }
}
