package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.devserver.PayaraMicroProcess;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestDatabase;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-up that fails is loud and ends the process with a non-zero exit code. */
class StartupFailureIT {

  private static final Path DIR = Path.of("target", "it").toAbsolutePath();

  @Test
  void aMigrationErrorEndsTheServerWithExitCode1BeforeItSaysReady() throws Exception {
    String url = TestDatabase.freshDatabase("it_broken_migration");
    try (Connection db = TestDatabase.connect(url)) {
      // Someone edited an applied migration: the recorded checksum no longer matches the file.
      db.createStatement()
          .execute(
              "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY,"
                  + " version VARCHAR(50), description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT"
                  + " NULL, script VARCHAR(1000) NOT NULL, checksum INT, installed_by VARCHAR(100)"
                  + " NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                  + " execution_time INT NOT NULL, success TINYINT(1) NOT NULL)");
      db.createStatement()
          .execute(
              "INSERT INTO flyway_schema_history VALUES (1, '1', 'people', 'SQL',"
                  + " 'V1__people.sql', 12345, 'someone', NOW(), 1, 1)");
    }
    Path log = freshLog("broken-migration.log");

    PayaraMicroProcess payara =
        PayaraMicroProcess.start(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("godstart.war")),
            GodstartServer.freePort(),
            Map.of(
                "db.url",
                url,
                "db.user",
                "godstart",
                "db.password",
                TestDatabase.instance().password(),
                "godstart.data-dir",
                DIR.resolve("broken").toString()),
            log);
    try {
      assertFalse(payara.awaitReady(Duration.ofMinutes(4)), "must never become ready");
      assertTrue(payara.waitFor(Duration.ofSeconds(60)), "the process must end by itself");
      assertEquals(1, payara.exitCode());
    } finally {
      payara.stop();
    }
    String output = Files.readString(log);
    assertTrue(output.contains("Godstart could not start"), "the cause is logged");
    assertTrue(output.contains("checksum mismatch"), "the cause names the problem");
    assertFalse(output.contains(") ready in "), "Payara must not report ready");
  }

  @Test
  void theRunCommandExitsNonZeroWhenTheDatabaseIsUnreachable() throws Exception {
    int port = GodstartServer.freePort();
    Path log = freshLog("unreachable-database.log");
    ProcessBuilder runCommand =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dgodstart.war=" + System.getProperty("godstart.war"),
                    "-Dpayara.microJar=" + System.getProperty("payara.microJar"),
                    "-Dgodstart.port=" + port,
                    "-Dgodstart.data-dir=" + DIR.resolve("unreachable"),
                    "dk.godstart.devserver.DevServer"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    runCommand
        .environment()
        .put("DB_URL", "jdbc:mariadb://localhost:" + GodstartServer.freePort() + "/godstart");
    Process process = runCommand.start();

    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run command must give up by itself");
    assertNotEquals(0, process.exitValue());
    String output = Files.readString(log);
    assertTrue(output.contains("Godstart did not become ready"), output);
    assertTrue(output.contains("Connection refused"), "the cause is in the log");
    assertFalse(output.contains("Godstart is ready"));
    assertThrows(IOException.class, () -> new Socket("localhost", port).close(), "no server left");
  }

  private static Path freshLog(String name) throws IOException {
    Files.createDirectories(DIR);
    Path log = DIR.resolve(name);
    Files.deleteIfExists(log);
    return log;
  }
}
