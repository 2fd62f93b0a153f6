package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.catalog.ZipBytes;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Enrollments.Enrolment;
import dk.godstart.people.application.Accounts;
import dk.godstart.people.application.SystemCaller;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import dk.godstart.process.application.Processes;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.application.StepReports;
import dk.godstart.process.application.StepReports.StepReport;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.StepDefinition;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a case system's step event unlocks exactly the modules the programme maps to
 * that step, and the same event again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StepEventUnlockingIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        Deployments.withFreshDatabase(
            "it_unlocking", StepEventUnlockingIT.class, ScormPackageBuilder.class, ZipBytes.class);
    // The builder's package-private helper, by name: it is not visible from here.
    war.addClass("dk.godstart.catalog.ManifestText");
    return war;
  }

  @Inject Accounts accounts;
  @Inject ModuleImport imports;
  @Inject Processes processes;
  @Inject Programmes programmes;
  @Inject Enrollments enrollments;
  @Inject StepReports reports;
  @Inject SystemCaller system;

  @Resource(lookup = "java:app/jdbc/godstart")
  DataSource dataSource;

  private long module(long author, String title) {
    byte[] zip = ScormPackageBuilder.scorm12().title(title).sco("a", "A").build();
    return imports.seed(new ByteArrayInputStream(zip), author, null).moduleId();
  }

  @Test
  void aStepEventUnlocksTheModulesMappedToThatStepOnceAndOnlyThose() throws Exception {
    // The arrangement and the reports go through the checked application methods, as the system.
    system.run("test", this::arrangeAndReport);
  }

  private void arrangeAndReport() {
    try {
      reportTwice();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void reportTwice() throws Exception {
    OrgUnit unit = accounts.createOrgUnit("Enhed", null);
    long author =
        accounts.create("a", "Forfatter", "x".toCharArray(), Set.of(Role.AUTHOR), unit).id();
    Account hire = accounts.create("sofie", "Sofie", "x".toCharArray(), Set.of(Role.HIRE), unit);
    accounts.create("mette", "Mette", "x".toCharArray(), Set.of(Role.MENTOR), unit);
    long first = module(author, "Efter underretning 1");
    long second = module(author, "Efter underretning 2");
    long other = module(author, "Efter screening");
    long process =
        processes
            .create(
                unit.id(),
                "Proces",
                null,
                List.of(
                    new StepDefinition("underretning", "Underretning", null, Phase.OPSTART),
                    new StepDefinition("screening", "Screening", null, Phase.OPSTART)))
            .id();
    long programme = programmes.create(unit.id(), process, "Program", null, false).id();
    for (long module : List.of(first, second)) {
      programmes.setModule(
          programme,
          module,
          new EntryTerms(Phase.OPSTART, new StepReached("underretning"), true, null));
    }
    programmes.setModule(
        programme, other, new EntryTerms(Phase.OPSTART, new StepReached("screening"), true, null));
    long enrollment =
        enrollments.enrol(
            new Enrolment(
                "sofie", null, LocalDate.now(), programme, "mette", List.of(), List.of()));
    setExternalId(hire.id(), "SA");

    StepReports.Result result =
        reports.report(new StepReport("SA", "underretning", Instant.now(), "evt-1", "DUBU-1"));

    assertEquals(enrollment, result.enrollmentId());
    assertFalse(result.duplicate());
    assertEquals(Set.of(first, second), Set.copyOf(result.unlockedModules()));
    assertEquals(Set.of(first, second), unlocked(enrollment));

    StepReports.Result repeat =
        reports.report(new StepReport("SA", "underretning", Instant.now(), "evt-1", "DUBU-1"));

    assertTrue(repeat.duplicate());
    assertTrue(repeat.unlockedModules().isEmpty());
    assertEquals(Set.of(first, second), unlocked(enrollment));
    assertEquals(1, count("SELECT COUNT(*) FROM step_event WHERE event_id = 'evt-1'"));
  }

  private void setExternalId(long accountId, String externalId) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE account SET external_id = '" + externalId + "' WHERE id = " + accountId);
    }
  }

  private Set<Long> unlocked(long enrollment) throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT module_id FROM module_unlock WHERE enrollment_id = " + enrollment)) {
      Set<Long> ids = new java.util.HashSet<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        ResultSet rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
