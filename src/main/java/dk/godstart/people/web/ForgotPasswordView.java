package dk.godstart.people.web;

import dk.godstart.people.application.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/**
 * Backs {@code forgot-password.xhtml}: asks for a link to choose a new password. The answer is the
 * same whether or not the name belongs to anyone.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

  @Inject Invitations invitations;
  @Inject FacesContext faces;

  private String who;
  private boolean answered;

  public void request() {
    String client = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    Duration wait = invitations.requestReset(who, client);
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    if (wait.isZero()) {
      answered = true;
      who = null;
      String text = texts.getString("forgot.answer");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    } else {
      String text = MessageFormat.format(texts.getString("forgot.wait"), wait.toSeconds() + 1);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }
  }

  public boolean isAnswered() {
    return answered;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }
}
