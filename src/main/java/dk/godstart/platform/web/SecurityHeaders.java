package dk.godstart.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers every response of the application carries: no {@code Referer} to other origins (a page's
 * address can name a hire's enrolment or module), no content sniffing, and HSTS when the browser
 * came over HTTPS ({@link HttpsPolicy}). At start it also makes the session cookie {@code Secure}
 * when {@code godstart.https=true}; {@code HttpOnly} and {@code SameSite=Lax} come from web.xml.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class SecurityHeaders implements Filter, ServletContextListener {

  private HttpsPolicy policy;

  static HttpsPolicy configured() {
    return new HttpsPolicy(
        ConfigProvider.getConfig()
            .getOptionalValue("godstart.https", Boolean.class)
            .orElse(Boolean.FALSE));
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event
        .getServletContext()
        .getSessionCookieConfig()
        .setSecure(configured().secureSessionCookie());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (policy == null) {
      policy = configured();
    }
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("Referrer-Policy", "same-origin");
    http.setHeader("X-Content-Type-Options", "nosniff");
    if (policy.isHttps(request.isSecure())) {
      http.setHeader("Strict-Transport-Security", HttpsPolicy.HSTS);
    }
    chain.doFilter(request, response);
  }
}
