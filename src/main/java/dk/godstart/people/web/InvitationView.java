package dk.godstart.people.web;

import dk.godstart.people.application.Invitations;
import dk.godstart.people.application.Invitations.Opened;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code invitation.xhtml}: the page a link to choose a password opens. An open link shows
 * the form; any other link a page that says why it no longer works and what to do instead. Setting
 * the password signs nobody in: the person signs in with it, which proves they can.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Invitations invitations;

  private String token;
  private Opened opened;
  private String password;
  private String repeated;
  private String chosenFor;

  public Opened getLink() {
    if (opened == null) {
      opened = invitations.open(token);
    }
    return opened;
  }

  /** The state the page speaks about: the link's, or {@code DONE} once the password is chosen. */
  public String getState() {
    return chosenFor != null ? "DONE" : getLink().state();
  }

  public void choose() {
    try {
      chosenFor =
          invitations.choosePassword(
              token,
              password == null ? new char[0] : password.toCharArray(),
              repeated == null ? new char[0] : repeated.toCharArray());
    } finally {
      password = null;
      repeated = null;
      opened = null;
    }
  }

  public String getChosenFor() {
    return chosenFor;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
