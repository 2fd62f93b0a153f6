package dk.godstart.catalog.domain.manifest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules for locations inside a package: resolving {@code xml:base}, appending an item's
 * parameters, and turning an href into the path of a file in the package.
 */
public final class Href {

  private static final Pattern ABSOLUTE_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*|^//.*");

  private Href() {}

  /** Whether the location points outside the package (a scheme such as http: or a host). */
  public static boolean isAbsoluteUrl(String href) {
    return href != null && ABSOLUTE_URL.matcher(href).matches();
  }

  /**
   * Resolves an href against the {@code xml:base} values that apply, outermost first (manifest,
   * resources, resource). A base is taken as a folder even without its trailing slash, because that
   * is what authors mean; "." and ".." segments are removed so that the result can be compared with
   * file names. Null stays null.
   */
  public static String resolve(List<String> bases, String href) {
    if (href == null || isAbsoluteUrl(href)) {
      return href;
    }
    String base = combine(bases);
    // Content hosted elsewhere is that host's business; only package paths are normalised.
    return isAbsoluteUrl(base) ? base + href : normalise(base + href);
  }

  /** The bases joined into one folder prefix: "" or ending with "/". */
  public static String combine(List<String> bases) {
    String combined = "";
    for (String base : bases) {
      if (base == null || base.isBlank()) {
        continue;
      }
      String folder = base.strip().endsWith("/") ? base.strip() : base.strip() + "/";
      combined = isAbsoluteUrl(folder) || folder.startsWith("/") ? folder : combined + folder;
    }
    return combined;
  }

  private static String normalise(String href) {
    int end = endOfPath(href);
    Deque<String> segments = new ArrayDeque<>();
    String path = href.substring(0, end);
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || (segment.isEmpty() && !segments.isEmpty())) {
        continue;
      }
      if (segment.equals("..") && isRemovable(segments.peekLast())) {
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    String joined = String.join("/", segments);
    // A trailing slash or "." named a folder; keep saying so.
    boolean folder = path.endsWith("/") || path.endsWith("/.") || path.equals(".");
    return joined + (folder && !joined.isEmpty() ? "/" : "") + href.substring(end);
  }

  /** A ".." removes the segment before it, unless that is the root or another "..". */
  private static boolean isRemovable(String previous) {
    return previous != null && !previous.isEmpty() && !previous.equals("..");
  }

  private static int endOfPath(String href) {
    int query = href.indexOf('?');
    int fragment = href.indexOf('#');
    int end = href.length();
    if (query >= 0) {
      end = query;
    }
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    return end;
  }

  /**
   * Appends an item's {@code parameters} to its resource's href as the SCORM content packaging
   * rules say: leading "?" and "&" are dropped; a fragment ("#...") is appended only when the href
   * has none; otherwise the parameters join the query with "&", or start it with "?". A query goes
   * before an existing fragment so that the URL stays valid.
   */
  public static String withParameters(String href, String parameters) {
    if (href == null || parameters == null) {
      return href;
    }
    String params = parameters.strip();
    while (params.startsWith("?") || params.startsWith("&")) {
      params = params.substring(1);
    }
    if (params.isEmpty()) {
      return href;
    }
    int hash = href.indexOf('#');
    if (params.startsWith("#")) {
      return hash >= 0 ? href : href + params;
    }
    String beforeFragment = hash >= 0 ? href.substring(0, hash) : href;
    String fragment = hash >= 0 ? href.substring(hash) : "";
    String joiner = beforeFragment.contains("?") ? "&" : "?";
    return beforeFragment + joiner + params + fragment;
  }

  /**
   * The package file an href names: without query or fragment, with percent-escapes decoded. Null
   * for an absolute URL, which names no file in the package.
   */
  public static String filePath(String href) {
    if (href == null || isAbsoluteUrl(href)) {
      return null;
    }
    return percentDecoded(href.substring(0, endOfPath(href)));
  }

  private static String percentDecoded(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < path.length()) {
      int high = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
      int low = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
      if (path.charAt(i) == '%' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int codePoint = path.codePointAt(i);
        bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
