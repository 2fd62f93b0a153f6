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
import java.util.ArrayList;
import java.util.List;

/** Backs {@code admin/account.xhtml}: one account's name, address, roles and unit; a new link. */
@Named
@ViewScoped
public class AccountView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountAdministration administration;

  private Long id;
  private AccountRow account;
  private String name;
  private String email;
  private List<String> roles = new ArrayList<>();
  private Long unitId;
  private Invitations.Issued issued;
  private String done;

  /** Reads the account once, when the page opens. */
  public void load() {
    if (account == null && id != null) {
      account = administration.get(id);
      name = account.name();
      email = account.email();
      roles = new ArrayList<>(AdminChoices.names(account.roles()));
      unitId = account.unitId();
    }
  }

  public void save() {
    administration.change(id, new Details(name, email, AdminChoices.roles(roles), unitId));
    account = administration.get(id);
    issued = null;
    done = text("account.saved");
  }

  public void invite() {
    issued = administration.invite(id);
    account = administration.get(id);
    done = null;
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  public AccountRow getAccount() {
    load();
    return account;
  }

  public Invitations.Issued getIssued() {
    return issued;
  }

  public String getDone() {
    return done;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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
