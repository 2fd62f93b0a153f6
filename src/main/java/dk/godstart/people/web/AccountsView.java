package dk.godstart.people.web;

import dk.godstart.people.application.AccountAdministration;
import dk.godstart.people.application.AccountAdministration.AccountRow;
import dk.godstart.people.application.AccountAdministration.Details;
import dk.godstart.people.application.Invitations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/** Backs {@code admin/accounts.xhtml}: find, create, close and reopen accounts. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A page lists at most this many accounts; a search narrows it. */
  static final int SHOWN = 200;

  @Inject transient AccountAdministration administration;

  private String query;
  private List<AccountRow> rows;
  private String username;
  private String name;
  private String email;
  private List<String> roles = new ArrayList<>();
  private Long unitId;
  private Invitations.Issued issued;
  private String done;

  public List<AccountRow> getRows() {
    if (rows == null) {
      rows = administration.search(query, SHOWN);
    }
    return rows;
  }

  public void search() {
    rows = null;
    done = null;
  }

  public void create() {
    issued =
        administration.create(
            username, new Details(name, email, AdminChoices.roles(roles), unitId));
    done = text("accounts.created", issued.username());
    username = name = email = null;
    roles = new ArrayList<>();
    unitId = null;
    rows = null;
  }

  public void deactivate(long id, String who) {
    administration.deactivate(id);
    issued = null;
    done = text("accounts.deactivated", who);
    rows = null;
  }

  public void reactivate(long id, String who) {
    administration.reactivate(id);
    issued = null;
    done = text("accounts.reactivated", who);
    rows = null;
  }

  private static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return MessageFormat.format(
        faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
  }

  public Invitations.Issued getIssued() {
    return issued;
  }

  public String getDone() {
    return done;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
