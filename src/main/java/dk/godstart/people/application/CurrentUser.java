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
 * The signed-in person or the account an API token acts for, for the length of one request; or the
 * system itself during work run through {@link SystemCaller}, which holds every role and no
 * account. Application services ask it; pages ask the features' own questions, never for roles.
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
    return isSystem() || (isSignedIn() && security.isCallerInRole(role.name()));
  }

  /** Whether this is the system's own work (start-up, demo data), not a person's or a token's. */
  public boolean isSystem() {
    return SystemCaller.isActive();
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
    return isSystem() || (isSignedIn() && security.isCallerInRole(Caller.INTEGRATION));
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
