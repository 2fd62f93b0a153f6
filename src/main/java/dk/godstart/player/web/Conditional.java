package dk.godstart.player.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** HTTP conditional requests: whether the client's copy is still the current one (304). */
final class Conditional {

  private Conditional() {}

  static boolean notModified(
      String ifNoneMatch, String ifModifiedSince, String etag, long lastModified) {
    if (ifNoneMatch != null) {
      // If-None-Match wins over If-Modified-Since when both are present (RFC 9110).
      return ifNoneMatch.strip().equals("*")
          || Arrays.stream(ifNoneMatch.split(","))
              .map(String::strip)
              .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
              .anyMatch(etag::equals);
    }
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      long since =
          ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant()
              .toEpochMilli();
      return lastModified <= since;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
