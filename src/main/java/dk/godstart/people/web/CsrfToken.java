package dk.godstart.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session secret that the pages' own API calls send in the {@code X-CSRF-Token} header. A
 * cross-site form can neither read it nor set a header, so a request that carries it came from one
 * of our pages. Pages read it as {@code #{csrfToken.value}}.
 */
@Named
@RequestScoped
public class CsrfToken {

  public static final String HEADER = "X-CSRF-Token";
  private static final String SESSION_ATTRIBUTE = "dk.godstart.csrfToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  public String getValue() {
    HttpSession session = request.getSession(false);
    return session == null ? "" : ensure(session);
  }

  /** Creates the session's token when it signs in; a new session gets a new token. */
  static String ensure(HttpSession session) {
    String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
    if (token == null) {
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      session.setAttribute(SESSION_ATTRIBUTE, token);
    }
    return token;
  }

  /** Drops the session's token; the next {@link #ensure} makes a new one. */
  static void forget(HttpSession session) {
    session.removeAttribute(SESSION_ATTRIBUTE);
  }

  static boolean matches(HttpSession session, String presented) {
    if (session == null || presented == null) {
      return false;
    }
    String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
    return token != null && MessageDigest.isEqual(token.getBytes(), presented.getBytes());
  }
}
