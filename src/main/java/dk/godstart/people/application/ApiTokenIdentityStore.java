package dk.godstart.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store for API tokens: a token acts as the account it was issued for. */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

  @Inject ApiTokens tokens;

  public CredentialValidationResult validate(BearerTokenCredential credential) {
    return tokens
        .callerFor(credential.secret())
        .map(caller -> new CredentialValidationResult(caller.username(), caller.roleNames()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
