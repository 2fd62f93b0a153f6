package dk.godstart.people.application;

import dk.godstart.people.domain.Role;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a credential belongs to, with the roles it grants; an API token may add the integration
 * permission (a case system reporting casework steps).
 */
public record Caller(String username, Set<Role> roles, boolean integration) {

  /** The security group of the integration permission; not a role an account holds. */
  public static final String INTEGRATION = "INTEGRATION";

  public Caller {
    roles = Set.copyOf(roles);
  }

  public Set<String> roleNames() {
    Set<String> names = roles.stream().map(Role::name).collect(Collectors.toSet());
    if (integration) {
      names.add(INTEGRATION);
    }
    return names;
  }
}
