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
  @Inject DemoPrograms programmes;
  @Inject DemoJourney journey;
  @Inject DemoDashboard dashboard;
  @Inject DemoInvitations invitations;

  @Transactional
  public void seedIfEmpty() {
    if (accounts.count() > 0) {
      LOG.info("Demo data: the database already has accounts, nothing added.");
      return;
    }
    OrgUnit kommune = accounts.createOrgUnit("Godstart Kommune", null);
    OrgUnit children = accounts.createOrgUnit("Børn og Unge", kommune);
    OrgUnit jobcenter = accounts.createOrgUnit("Jobcenter", kommune);
    person("nyansat", "Sofie Andersen", children, Role.HIRE);
    person("mentor", "Mette Kristensen", children, Role.MENTOR);
    person("mentor2", "Lars Holm", children, Role.MENTOR);
    person("buddy", "Anders Møller", children);
    person("buddy2", "Jonas Berg", children);
    Account author = person("forfatter", "Camilla Brandt", kommune, Role.AUTHOR);
    person("leder", "Henrik Lund", kommune, Role.LEADER);
    person("admin", "Birgitte Friis", kommune, Role.ADMIN);
    Account caseSystem = person("sagssystem", "DUBU (sagssystem)", children);
    tokens.registerDemoToken("Demo: forfatter", "forfatter", "demo-forfatter-token", false);
    tokens.registerDemoToken("Demo: DUBU", "sagssystem", "demo-sagssystem-token", true);
    Map<String, Long> moduleIds = modules.importAll(author.id());
    long programme = programmes.create(children.id(), jobcenter.id(), moduleIds);
    journey.tell(programme, moduleIds, caseSystem);
    dashboard.tell(children, jobcenter);
    invitations.tell(jobcenter);
    tokens.registerDemoToken("Demo: admin", "admin", "demo-admin-token", false);
    LOG.info(
        "Demo data created: organisation Godstart Kommune; accounts nyansat, mentor, mentor2,"
            + " buddy, forfatter, leder and admin (password '"
            + PASSWORD
            + "'); API tokens demo-forfatter-token, demo-admin-token and demo-sagssystem-token; "
            + moduleIds.size()
            + " sample modules; departments Børn og Unge and Jobcenter with their processes and"
            + " programmes; Sofie Andersen two weeks into hers.");
  }

  /** A demo account; a case system knows each by its user name. */
  private Account person(String username, String name, OrgUnit unit, Role... roles) {
    Account account = accounts.create(username, name, PASSWORD.toCharArray(), Set.of(roles), unit);
    account.identifyExternallyAs(username);
    return account;
  }
}
