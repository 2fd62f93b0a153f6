package dk.godstart.people.application;

import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The database identity store for passwords. A (name, client address) pair that must wait after
 * repeated failures is refused before its password is looked at, and every refusal costs about the
 * same time, whether the name exists or not. The address is the connection's: a proxy in front
 * makes all its clients one address (they then share the waits for a name, nobody is locked out).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;
  @Inject PasswordHasher passwords;
  @Inject SignInGuard guard;
  @Inject HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = Account.normalise(credential.getCaller());
    char[] password = credential.getPassword().getValue();
    String client = request.getRemoteAddr();
    if (username.isEmpty() || !guard.waitFor(username, client).isZero()) {
      passwords.spendTimeOfOneCheck(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<Account> account = accounts.findActive(username);
    boolean valid =
        account.isPresent()
            ? passwords.matches(password, account.get().passwordHash())
            : passwords.spendTimeOfOneCheck(password);
    if (!valid) {
      guard.recordFailure(username, client);
      return CredentialValidationResult.INVALID_RESULT;
    }
    guard.recordSuccess(username, client);
    return new CredentialValidationResult(
        username, account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
