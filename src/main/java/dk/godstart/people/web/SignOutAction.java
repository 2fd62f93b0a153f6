package dk.godstart.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The sign-out button of the layout. */
@Named
@RequestScoped
public class SignOutAction {

  @Inject FacesContext faces;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath()
            + GodstartAuthenticationMechanism.SIGN_IN_PAGE
            + "?signedOut=true");
    faces.responseComplete();
  }
}
