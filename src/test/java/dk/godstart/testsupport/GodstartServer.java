package dk.godstart.testsupport;

import dk.godstart.devserver.PayaraMicroProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The real WAR on Payara Micro with the demo data, started once for all browser and REST tests of a
 * run (a start costs 15-25 s) through the run command's own launcher classes.
 */
public final class GodstartServer {

  private static GodstartServer shared;

  private final PayaraMicroProcess payara;
  private final String jdbcUrl;
  private final int contentPort;

  private GodstartServer(PayaraMicroProcess payara, String jdbcUrl, int contentPort) {
    this.payara = payara;
    this.jdbcUrl = jdbcUrl;
    this.contentPort = contentPort;
  }

  public static synchronized GodstartServer shared() {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  public String baseUrl() {
    return payara.baseUrl();
  }

  public String url(String path) {
    return baseUrl() + path;
  }

  /** The content origin: another port of the same host, as in the run command. */
  public String contentOrigin() {
    return "http://localhost:" + contentPort;
  }

  /** The server's content store (its extracted SCORM packages). */
  public Path contentDir() {
    return Path.of("target", "it", "data", "content").toAbsolutePath();
  }

  /** A connection to the server's own database, for arranging and checking what is stored. */
  public Connection database() throws SQLException {
    return TestDatabase.connect(jdbcUrl);
  }

  private static GodstartServer start() {
    try {
      String jdbcUrl = TestDatabase.freshDatabase("godstart_it");
      Path dir = Path.of("target", "it").toAbsolutePath();
      Files.createDirectories(dir);
      Path log = dir.resolve("godstart-server.log");
      Files.deleteIfExists(log);
      int port = freePort();
      int contentPort = freePort();
      PayaraMicroProcess payara =
          PayaraMicroProcess.start(
              Path.of(System.getProperty("payara.microJar")),
              Path.of(System.getProperty("godstart.war")),
              port,
              Map.ofEntries(
                  Map.entry("godstart.origin", "http://localhost:" + port),
                  Map.entry("godstart.content.origin", "http://localhost:" + contentPort),
                  Map.entry("godstart.content.port", String.valueOf(contentPort)),
                  Map.entry("db.url", jdbcUrl),
                  Map.entry("db.user", "godstart"),
                  Map.entry("db.password", TestDatabase.instance().password()),
                  Map.entry("godstart.demo", "true"),
                  Map.entry(
                      "godstart.demo.modules-dir",
                      Path.of("target", "modules").toAbsolutePath().toString()),
                  Map.entry("godstart.data-dir", dir.resolve("data").toString()),
                  // Mail goes to a port where a test may start an SMTP server (GreenMail).
                  Map.entry("godstart.mail.host", "127.0.0.1"),
                  Map.entry("godstart.mail.port", String.valueOf(MAIL_PORT)),
                  // Small limits, so that tests can exceed them with small uploads.
                  Map.entry("godstart.upload.max-bytes", "10000000"),
                  Map.entry("godstart.import.max-unpacked-bytes", "20000000")),
              log);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      payara.stop();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "test-payara-stop"));
      // On a loaded machine a start can take longer: the test JVM's system property
      // godstart.it.ready-minutes raises the wait (failsafe does not pass mvn -D on to it).
      Duration ready = Duration.ofMinutes(Long.getLong("godstart.it.ready-minutes", 4));
      if (!payara.awaitReady(ready)) {
        // Stopped, so that the next test's try does not start a second server beside it.
        payara.stop();
        throw new IllegalStateException("Godstart did not become ready; see " + log);
      }
      return new GodstartServer(payara, jdbcUrl, contentPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Where the server sends mail: a test that reads mail starts its SMTP server here. */
  public static final int MAIL_PORT = freePortOrFail();

  private static int freePortOrFail() {
    try {
      return freePort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
