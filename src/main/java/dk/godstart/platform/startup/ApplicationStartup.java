package dk.godstart.platform.startup;

import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.catalog.infrastructure.ContentStore;
import dk.godstart.dashboard.application.DashboardTallies;
import dk.godstart.people.application.SystemCaller;
import dk.godstart.platform.demo.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database up to date and seeds the demo before the application serves anyone.
 *
 * <p>Bean-managed transactions: Flyway manages its own, and a container transaction around it
 * failed on the former XA pool ({@code XAER_RMFAIL}) and would nest its commits in the container's.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/godstart",
    // A local (non-XA) pool: see LocalMariaDbDataSource.
    className = "dk.godstart.platform.startup.LocalMariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    // Each statement sees what others committed: attempts created in a transaction of their own
    // must be visible to the transaction that asked for them.
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // Without validation, connections pooled before a database restart stall and fail; with
      // fail-all-connections one dead connection discards the whole pool. Validating at most every
      // few seconds per connection rather than on every borrow spares a round trip per request.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = "java:app/jdbc/godstart")
  DataSource dataSource;

  @Inject SchemaMigration migration;
  @Inject DashboardTallies tallies;
  @Inject DemoData demo;
  @Inject SystemCaller systemCaller;
  @Inject ModuleCatalog catalog;
  @Inject ContentStore contentStore;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "godstart.demo", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "godstart.startup.exit-on-failure", defaultValue = "true")
  boolean exitOnFailure;

  @PostConstruct
  void start() {
    try {
      migration.migrate(dataSource);
      tallies.prepare();
      // Packages half-imported when a server stopped: unpacked but never recorded.
      contentStore.sweep(catalog.storageKeys(), clock.instant().minus(Duration.ofHours(1)));
      if (demoEnabled) {
        systemCaller.run("demo data", demo::seedIfEmpty);
      }
      LOG.info("Godstart started: schema at version " + migration.expectedVersion());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Godstart could not start: " + e.getMessage(), e);
      if (exitOnFailure) {
        StartupFailure.exitProcess();
      }
      throw e;
    }
  }
}
