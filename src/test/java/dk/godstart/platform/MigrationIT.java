package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.platform.startup.SchemaMigration;
import dk.godstart.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Start-up migrates a fresh, empty database to the newest migration the build contains. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withFreshDatabase("it_migration", MigrationIT.class);
  }

  @Resource(lookup = "java:app/jdbc/godstart")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Test
  void aFreshDatabaseIsMigratedToTheNewestMigrationOfTheBuild() throws Exception {
    String newest = newestMigrationFile();

    assertEquals(newest, migration.expectedVersion());
    assertEquals(newest, migration.appliedVersion(dataSource).orElseThrow());
    assertTrue(migration.isCurrent(newest));
    try (Connection c = dataSource.getConnection();
        ResultSet failed =
            c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")) {
      failed.next();
      assertEquals(0, failed.getInt(1));
    }
  }

  @Test
  void everyMigrationFileWasApplied() throws Exception {
    List<String> applied = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
                        + " ORDER BY installed_rank")) {
      while (rows.next()) {
        applied.add(rows.getString(1));
      }
    }
    assertEquals(migrationFiles(), applied);
  }

  @Test
  void aDatabaseThatIsNotTheEmbeddedDemoGetsNoDemoAccounts() throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
      rows.next();
      assertEquals(0, rows.getInt(1));
    }
  }

  private static String newestMigrationFile() throws Exception {
    List<String> files = migrationFiles();
    return files.get(files.size() - 1);
  }

  private static List<String> migrationFiles() throws Exception {
    URL location = MigrationIT.class.getClassLoader().getResource("db/migration");
    Pattern name = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
      return files
          .map(file -> name.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1).replace('_', '.'))
          .sorted(Comparator.comparing(MigrationVersion::fromVersion))
          .toList();
    }
  }
}
