package dk.godstart.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Flyway over {@code db/migration}: migrates at start-up and tells readiness where the schema is.
 */
@ApplicationScoped
public class SchemaMigration {

  private volatile String expectedVersion;

  public void migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    flyway.migrate();
    expectedVersion =
        Arrays.stream(flyway.info().all())
            .map(MigrationInfo::getVersion)
            .filter(v -> v != null)
            .max(Comparator.naturalOrder())
            .map(MigrationVersion::getVersion)
            .orElse("0");
  }

  /** The newest migration this build contains; {@code null} until {@link #migrate} has run. */
  public String expectedVersion() {
    return expectedVersion;
  }

  /** The newest migration applied successfully to the database, read from Flyway's history. */
  public Optional<String> appliedVersion(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1")) {
      return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
    }
  }

  /** Whether the applied version is at least the expected one (a newer instance may lead). */
  public boolean isCurrent(String applied) {
    return expectedVersion != null
        && applied != null
        && MigrationVersion.fromVersion(applied)
                .compareTo(MigrationVersion.fromVersion(expectedVersion))
            >= 0;
  }
}
