package dk.godstart.people.application;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person or the account an API token acts for, for the length of one request. Pages
 * ask it {@code #{currentUser.hasRole('ADMIN')}}; application services call {@link #require}.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject Accounts accounts;

  private Account account;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean has(Role role) {
    return isSignedIn() && security.isCallerInRole(role.name());
  }

  /** For pages: {@code #{currentUser.hasRole('AUTHOR')}}. */
  public boolean hasRole(String role) {
    return has(Role.valueOf(role));
  }

  public boolean hasAnyRole(String... roles) {
    return Arrays.stream(roles).anyMatch(this::hasRole);
  }

  public Set<Role> getRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (has(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** Whether the caller is an API token with the integration permission (a case system). */
  public boolean isIntegration() {
    return isSignedIn() && security.isCallerInRole(Caller.INTEGRATION);
  }

  /** Throws {@link AccessDenied} unless the caller holds at least one of the roles. */
  public void require(Role... anyOf) {
    if (Arrays.stream(anyOf).noneMatch(this::has)) {
      throw new AccessDenied();
    }
  }

  public Account getAccount() {
    if (account == null) {
      if (!isSignedIn()) {
        throw new AccessDenied();
      }
      account = accounts.findActive(getUsername()).orElseThrow(AccessDenied::new);
    }
    return account;
  }

  public String getDisplayName() {
    return isSignedIn() ? getAccount().displayName() : "";
  }
}
