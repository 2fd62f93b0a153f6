package dk.godstart.platform.web;

/**
 * Whether a response goes to a browser that reached Godstart over HTTPS, which decides the session
 * cookie's {@code Secure} flag and HSTS. {@code godstart.https=true} says every user comes over
 * HTTPS (directly or through a proxy that ends TLS); otherwise only a request that arrived over TLS
 * counts. A forwarded-protocol header is not believed: it would let anyone turn HSTS on for a host.
 */
public record HttpsPolicy(boolean httpsOnly) {

  /** One year, the span that browsers' preload lists expect. */
  public static final String HSTS = "max-age=31536000";

  public boolean isHttps(boolean requestIsSecure) {
    return httpsOnly || requestIsSecure;
  }

  /** The session cookie is Secure for every session when all users come over HTTPS. */
  public boolean secureSessionCookie() {
    return httpsOnly;
  }
}
