package dk.godstart.platform.health;

import dk.godstart.platform.startup.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema is at the version this build expects. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/godstart")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    String expected = migration.expectedVersion();
    response.withData("expectedSchemaVersion", expected == null ? "unknown" : expected);
    try {
      Optional<String> applied = migration.appliedVersion(dataSource);
      response.withData("schemaVersion", applied.orElse("none"));
      return response.status(applied.filter(migration::isCurrent).isPresent()).build();
    } catch (SQLException | RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
