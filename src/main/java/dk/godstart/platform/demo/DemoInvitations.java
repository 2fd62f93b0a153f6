package dk.godstart.platform.demo;

import dk.godstart.people.application.Accounts;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Emma Larsen starts in the Jobcenter next month. Her account exists, but she has not yet chosen a
 * password: her invitation waits, so the administrator's Brugere page shows one pending, and a new
 * link can be sent from there.
 */
@ApplicationScoped
public class DemoInvitations {

  public static final String USERNAME = "ny-kollega";

  @Inject Accounts accounts;

  void tell(OrgUnit jobcenter) {
    accounts
        .createInvited(USERNAME, "Emma Larsen", null, Set.of(Role.HIRE), jobcenter)
        .account()
        .identifyExternallyAs(USERNAME);
  }
}
