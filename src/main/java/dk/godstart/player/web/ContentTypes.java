package dk.godstart.player.web;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/**
 * The content type of a package file: our own table for what SCORM content commonly holds, then the
 * JDK's. Unknown types are sent as binary, never sniffed.
 */
final class ContentTypes {

  private static final Map<String, String> OWN =
      Map.ofEntries(
          Map.entry("html", "text/html;charset=UTF-8"),
          Map.entry("htm", "text/html;charset=UTF-8"),
          Map.entry("js", "text/javascript;charset=UTF-8"),
          Map.entry("mjs", "text/javascript;charset=UTF-8"),
          Map.entry("css", "text/css;charset=UTF-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("vtt", "text/vtt"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("txt", "text/plain;charset=UTF-8"),
          Map.entry("wav", "audio/wav"),
          Map.entry("ogg", "audio/ogg"),
          Map.entry("m4a", "audio/mp4"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("otf", "font/otf"),
          Map.entry("swf", "application/x-shockwave-flash"));

  private ContentTypes() {}

  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String own = OWN.get(extension);
    if (own != null) {
      return own;
    }
    String container = URLConnection.guessContentTypeFromName(fileName);
    return container == null ? "application/octet-stream" : container;
  }
}
