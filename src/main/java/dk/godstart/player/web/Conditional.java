package dk.godstart.player.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/** HTTP conditional requests: whether the client's copy is still the current one (304). */
final class Conditional {

  private Conditional() {}

  static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      // If-None-Match wins over If-Modified-Since when both are present (RFC 9110).
      return ifNoneMatch.strip().equals("*")
          || Arrays.stream(ifNoneMatch.split(","))
              .map(String::strip)
              .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
              .anyMatch(etag::equals);
    }
    long ifModifiedSince;
    try {
      ifModifiedSince = request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException e) {
      return false;
    }
    return ifModifiedSince >= 0 && lastModified <= ifModifiedSince;
  }
}
