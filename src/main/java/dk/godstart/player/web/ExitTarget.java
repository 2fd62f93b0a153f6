package dk.godstart.player.web;

import java.net.URI;
import java.util.Optional;

/**
 * Where "Afslut modulet" leads. A hire goes to Min vej, where the next module waits. Someone
 * previewing (an author, a mentor, a leader) goes back to the page they came from: a module's page,
 * a programme, a hire's path. Only a page of this application counts as where they came from, and
 * never the player itself; otherwise the front page.
 */
final class ExitTarget {

  static final String MY_PATH = "/enrollment/my-path.xhtml";
  static final String HOME = "/index.xhtml";
  private static final String PLAYER = "/player/";

  private ExitTarget() {}

  /**
   * @param requestUrl the player page's own address, which names this application's origin
   * @param referer the page the browser came from (the Referer header), maybe null
   */
  static String of(boolean preview, String contextPath, String requestUrl, String referer) {
    if (!preview) {
      return contextPath + MY_PATH;
    }
    return cameFrom(contextPath, requestUrl, referer).orElse(contextPath + HOME);
  }

  private static Optional<String> cameFrom(String contextPath, String requestUrl, String referer) {
    if (referer == null || referer.isBlank()) {
      return Optional.empty();
    }
    try {
      URI own = URI.create(requestUrl);
      URI from = URI.create(referer);
      String path = from.getRawPath();
      boolean sameOrigin =
          own.getScheme() != null
              && own.getScheme().equals(from.getScheme())
              && own.getAuthority() != null
              && own.getAuthority().equals(from.getAuthority());
      if (!sameOrigin
          || path == null
          || !path.startsWith(contextPath + "/")
          || path.startsWith(contextPath + PLAYER)) {
        return Optional.empty();
      }
      return Optional.of(path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
