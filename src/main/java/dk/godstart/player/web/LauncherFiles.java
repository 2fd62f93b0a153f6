package dk.godstart.player.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's files on the content origin, held in memory: its page (which names the only origin
 * it takes orders from, the application's), its script and scorm-again's runtimes. The SCO runs in
 * a frame of this page, so it finds the runtime in its parent, on its own origin.
 */
final class LauncherFiles {

  record File(byte[] bytes, String type, String etag) {}

  private final Map<String, File> scripts;
  private final File page12;
  private final File page2004;

  /**
   * @param scripts file name to content: {@code launcher.js}, {@code scorm12.min.js}, {@code
   *     scorm2004.min.js}
   */
  LauncherFiles(Map<String, byte[]> scripts, String appOrigin) {
    this.scripts =
        Map.copyOf(
            scripts.entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        e -> file(e.getValue(), "text/javascript;charset=UTF-8"))));
    this.page12 = file(page("scorm12.min.js", appOrigin), "text/html;charset=UTF-8");
    this.page2004 = file(page("scorm2004.min.js", appOrigin), "text/html;charset=UTF-8");
  }

  /** {@code launcher.html?scorm=1.2} or {@code =2004}, or one of the scripts. */
  Optional<File> file(String name, String query) {
    if (name.equals("launcher.html")) {
      return Optional.of("scorm=1.2".equals(query) ? page12 : page2004);
    }
    return Optional.ofNullable(scripts.get(name));
  }

  private static byte[] page(String runtime, String appOrigin) {
    String html =
        """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="godstart-app-origin" content="%s">
        <title>Godstart</title>
        <style>html,body{margin:0;padding:0;height:100%%;overflow:hidden}\
        iframe{display:block;border:0;width:100%%;height:100%%}</style>
        <script src="/_godstart/%s"></script>
        </head>
        <body>
        <iframe id="sco-frame" title="" allow="fullscreen; autoplay" allowfullscreen></iframe>
        <script src="/_godstart/launcher.js"></script>
        </body>
        </html>
        """
            .formatted(escape(appOrigin), runtime);
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static File file(byte[] bytes, String type) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new File(bytes, type, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
