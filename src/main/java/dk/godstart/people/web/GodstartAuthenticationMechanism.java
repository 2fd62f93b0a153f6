package dk.godstart.people.web;

import dk.godstart.kernel.ErrorTexts;
import dk.godstart.people.application.BearerTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How a request proves who sends it. In order: an {@code Authorization: Bearer} API token (no
 * session is created); a sign-in in progress, started by {@link SignInView} through {@code
 * SecurityContext.authenticate}; the caller remembered in the session. A protected page without any
 * of these redirects to the sign-in page; a protected API call gets 401 with the JSON error shape.
 */
@ApplicationScoped
public class GodstartAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/signin.xhtml";
  private static final String BEARER = "Bearer ";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      return bearer(authorization, request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(credential, request, context);
    }
    HttpSession session = request.getSession(false);
    SignedInCaller caller =
        session == null
            ? null
            : (SignedInCaller) session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE);
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApiCall(request)) {
      return unauthorized(request, response);
    }
    return redirectToSignIn(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInCaller.SESSION_ATTRIBUTE);
    }
    context.cleanClientSubject();
  }

  private AuthenticationStatus bearer(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return unauthorized(request, response);
    }
    CredentialValidationResult result =
        identityStores.validate(
            new BearerTokenCredential(authorization.substring(BEARER.length()).strip()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(request, response);
    }
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus signIn(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // No error response here: the sign-in page shows the failure itself.
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = freshSession(request);
    session.setAttribute(
        SignedInCaller.SESSION_ATTRIBUTE,
        new SignedInCaller(
            result.getCallerPrincipal().getName(),
            result.getCallerGroups() == null ? Collections.emptySet() : result.getCallerGroups()));
    CsrfToken.ensure(session);
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * The session a sign-in starts. A session that already has a user is ended and a new one begun,
   * so nothing of the previous user (their grants, CSRF token, views) reaches the next. An
   * anonymous session keeps only its language choice, under a new id, so that an id planted before
   * the sign-in is worth nothing; its CSRF token, if any, is dropped.
   */
  private static HttpSession freshSession(HttpServletRequest request) {
    HttpSession old = request.getSession(false);
    if (old != null && old.getAttribute(SignedInCaller.SESSION_ATTRIBUTE) != null) {
      old.invalidate();
      return request.getSession(true);
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    CsrfToken.forget(session);
    return session;
  }

  private static boolean isApiCall(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"godstart\"");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              JSON.toJson(
                  ErrorTexts.body(
                      "not-authenticated", ErrorTexts.choose(acceptedLocales(request)))));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * The caller's languages; none when it sent no Accept-Language (the server's would be English).
   */
  private static List<Locale> acceptedLocales(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? List.of()
        : Collections.list(request.getLocales());
  }

  private static AuthenticationStatus redirectToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String location =
        request.getContextPath()
            + SIGN_IN_PAGE
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request cannot follow a redirect; Faces' partial response can.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;")
                    + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return context.redirect(location);
  }
}
