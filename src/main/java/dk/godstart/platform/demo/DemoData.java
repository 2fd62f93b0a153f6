package dk.godstart.platform.demo;

import dk.godstart.people.application.Accounts;
import dk.godstart.people.application.ApiTokens;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo of the run command, told as the story of one new hire's first weeks in Godstart Kommune.
 * Sofie Andersen started as a socialrådgiver in Børn og Unge; Mette Kristensen is her mentor and
 * Lars Holm the substitute; Anders Møller is her buddy this week; Camilla Brandt keeps the
 * e-learning modules; Henrik Lund leads the department; Birgitte Friis runs the system.
 *
 * <p>Everything here is created once, on an empty embedded database, and never on a real one.
 */
@ApplicationScoped
public class DemoData {

  /** The password of every demo account, documented in README. */
  public static final String PASSWORD = "godstart";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject Accounts accounts;
  @Inject ApiTokens tokens;
  @Inject DemoModules modules;

  @Transactional
  public void seedIfEmpty() {
    if (accounts.count() > 0) {
      LOG.info("Demo data: the database already has accounts, nothing added.");
      return;
    }
    OrgUnit kommune = accounts.createOrgUnit("Godstart Kommune", null);
    person("nyansat", "Sofie Andersen", kommune, Role.HIRE);
    person("mentor", "Mette Kristensen", kommune, Role.MENTOR);
    person("mentor2", "Lars Holm", kommune, Role.MENTOR);
    person("buddy", "Anders Møller", kommune);
    Account author = person("forfatter", "Camilla Brandt", kommune, Role.AUTHOR);
    person("leder", "Henrik Lund", kommune, Role.LEADER);
    person("admin", "Birgitte Friis", kommune, Role.ADMIN);
    tokens.registerDemoToken("Demo: forfatter", "forfatter", "demo-forfatter-token");
    Map<String, Long> moduleIds = modules.importAll(author.id());
    tokens.registerDemoToken("Demo: admin", "admin", "demo-admin-token");
    LOG.info(
        "Demo data created: organisation Godstart Kommune; accounts nyansat, mentor, mentor2,"
            + " buddy, forfatter, leder and admin (password '"
            + PASSWORD
            + "'); API tokens demo-forfatter-token and demo-admin-token; "
            + moduleIds.size()
            + " sample modules.");
  }

  private Account person(String username, String name, OrgUnit unit, Role... roles) {
    return accounts.create(username, name, PASSWORD.toCharArray(), Set.of(roles), unit);
  }
}
