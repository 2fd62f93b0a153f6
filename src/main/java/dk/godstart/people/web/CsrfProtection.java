package dk.godstart.people.web;

import dk.godstart.kernel.AccessDenied;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * An API call that changes something and is authenticated by the session cookie (the pages' own
 * calls, such as the SCORM player's commits) must carry the session's CSRF token in a header. Calls
 * with an API token carry no ambient credential a foreign site could borrow, so they need none, and
 * neither do calls without a session (the player's launcher, authorised by an attempt token in the
 * address): whatever they may do, they may do without the session.
 */
@Provider
public class CsrfProtection implements ContainerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE_METHODS.contains(context.getMethod())
        || context.getHeaderString("Authorization") != null
        || request.getSession(false) == null) {
      return;
    }
    if (!CsrfToken.matches(request.getSession(false), context.getHeaderString(CsrfToken.HEADER))) {
      throw new AccessDenied("csrf");
    }
  }
}
