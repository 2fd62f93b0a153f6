package dk.godstart.people.web;

import dk.godstart.people.application.SignInGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Backs {@code signin.xhtml}: the form sign-in. */
@Named
@RequestScoped
public class SignInView {

  @Inject SecurityContext security;
  @Inject SignInGuard guard;
  @Inject FacesContext faces;

  private String username;
  private String password;
  private String next;

  public String signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username,
                        new Password(password == null ? "" : password))));
    password = null;
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + SafeTarget.of(next));
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        // The same words whether or not the user exists; the waits apply to unknown names too.
        String client = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        long wait = guard.waitFor(username == null ? "" : username, client).toSeconds();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String text =
            wait > 0
                ? MessageFormat.format(texts.getString("signin.wait"), wait + 1)
                : texts.getString("signin.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
