package dk.godstart.people.application;

import dk.godstart.people.domain.Role;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a credential belongs to, with the roles it grants. */
public record Caller(String username, Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public Set<String> roleNames() {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
