package dk.godstart.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraMicroProcessTest {

  private static final Map<String, String> SETTINGS =
      Map.of("db.url", "jdbc:mariadb://localhost:3306/godstart", "db.password", "hemmelig-42");

  @Test
  void theDatabasePasswordIsNotOnTheCommandLine() {
    List<String> command =
        PayaraMicroProcess.command(
            PayaraRuntime.fromJar(Path.of("micro.jar")), Path.of("godstart.war"), 8080, SETTINGS);

    assertFalse(String.join(" ", command).contains("hemmelig-42"), String.join(" ", command));
    assertTrue(command.contains("-Ddb.url=jdbc:mariadb://localhost:3306/godstart"));
  }

  @Test
  void theDatabasePasswordGoesByTheEnvironmentThatMicroProfileConfigReads() {
    assertEquals(
        Map.of("DB_PASSWORD", "hemmelig-42"), PayaraMicroProcess.secretEnvironment(SETTINGS));
  }

  @Test
  void payaraMicroStartsWithoutItsDataGrid() {
    List<String> command =
        PayaraMicroProcess.command(
            PayaraRuntime.fromJar(Path.of("micro.jar")), Path.of("godstart.war"), 8080, SETTINGS);

    // Payara 6 ignores --nohazelcast when --nocluster is given too.
    assertTrue(command.contains("--nohazelcast"), String.join(" ", command));
    assertFalse(command.contains("--nocluster"), String.join(" ", command));
  }
}
