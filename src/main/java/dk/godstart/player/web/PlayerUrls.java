package dk.godstart.player.web;

import jakarta.servlet.http.HttpServletRequest;

/** The player page's stable, bookmarkable address: {@code /player/play.xhtml?module=<id>}. */
public final class PlayerUrls {

  private PlayerUrls() {}

  /** The absolute address, for API clients that open it elsewhere. */
  public static String player(HttpServletRequest request, long moduleId) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + path(request.getContextPath(), moduleId);
  }

  public static String path(String contextPath, long moduleId) {
    return contextPath + "/player/play.xhtml?module=" + moduleId;
  }
}
