package dk.godstart.people.application;

import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The database identity store for passwords. A locked name is refused before its password is looked
 * at, and every refusal costs about the same time, whether the name exists or not.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;
  @Inject PasswordHasher passwords;
  @Inject SignInGuard guard;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = Account.normalise(credential.getCaller());
    char[] password = credential.getPassword().getValue();
    if (username.isEmpty() || guard.isLocked(username)) {
      passwords.spendTimeOfOneCheck(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<Account> account = accounts.findActive(username);
    boolean valid =
        account.isPresent()
            ? passwords.matches(password, account.get().passwordHash())
            : passwords.spendTimeOfOneCheck(password);
    if (!valid) {
      guard.recordFailure(username);
      return CredentialValidationResult.INVALID_RESULT;
    }
    guard.recordSuccess(username);
    return new CredentialValidationResult(
        username, account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
