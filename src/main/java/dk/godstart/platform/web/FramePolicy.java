package dk.godstart.platform.web;

import dk.godstart.player.web.ContentOriginSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on the application's pages: frames may come from the content origin only (the player's
 * launcher), the pages themselves may be framed by nobody else, no plugins, no foreign base URL,
 * and no sniffing.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FramePolicy extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentOriginSettings contentOrigin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(
        "Content-Security-Policy",
        "frame-src "
            + contentOrigin.contentOrigin()
            + "; frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
