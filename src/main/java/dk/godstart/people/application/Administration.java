package dk.godstart.people.application;

import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may run the organisation: accounts and organisation units are the administrators' alone. The
 * one place {@link AccountAdministration} and {@link OrgUnits} ask, for pages and API alike.
 */
@ApplicationScoped
public class Administration {

  @Inject CurrentUser currentUser;

  public void require() {
    currentUser.require(Role.ADMIN);
  }
}
