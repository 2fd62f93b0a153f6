package dk.godstart.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The embedded MariaDB runs with its grant tables: only the application's password gets in. */
class EmbeddedMariaDbIT {

  private final EmbeddedMariaDb db = TestDatabase.instance();
  private final String url = TestDatabase.freshDatabase("godstart_grants");

  @Test
  void theApplicationConnectsWithThePasswordFromTheDataDirectory() throws Exception {
    Path file = db.dataDir().resolve("godstart.password");

    assertEquals(db.password(), Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (Connection c = DriverManager.getConnection(url, EmbeddedMariaDb.USER, db.password())) {
      assertTrue(c.isValid(5));
    }
  }

  @Test
  void noOtherNameOrPasswordGetsIn() {
    for (String[] credentials :
        new String[][] {
          {"godstart", "godstart"}, {"godstart", ""}, {"root", ""}, {"root", "root"}, {"x", "y"}
        }) {
      assertThrows(
          SQLException.class,
          () -> DriverManager.getConnection(url, credentials[0], credentials[1]).close(),
          credentials[0] + "/" + credentials[1]);
    }
  }

  @Test
  void theApplicationsAccountIsNoAdministratorAndCannotReadPasswordHashes() throws Exception {
    try (Connection c = TestDatabase.connect(url)) {
      assertThrows(
          SQLException.class,
          () -> c.createStatement().executeQuery("SELECT password FROM mysql.user").close());
      assertThrows(
          SQLException.class,
          () -> c.createStatement().execute("GRANT ALL ON *.* TO 'godstart'@'localhost'"));
      assertThrows(
          SQLException.class, () -> c.createStatement().execute("CREATE DATABASE elsewhere"));
    }
  }

  @Test
  void itListensOnLoopbackOnlyAndItsSocketIsTheOwnersAlone() throws Exception {
    try (Connection c = TestDatabase.connect(url);
        ResultSet row = c.createStatement().executeQuery("SELECT @@bind_address")) {
      row.next();
      assertEquals("127.0.0.1", row.getString(1));
    }
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(db.socket().getParent())));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.socket())));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.dataDir())));
  }
}
