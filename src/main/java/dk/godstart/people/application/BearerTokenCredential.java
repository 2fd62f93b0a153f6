package dk.godstart.people.application;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an API token, as sent in {@code Authorization: Bearer <secret>}. */
public record BearerTokenCredential(String secret) implements Credential {

  @Override
  public String toString() {
    return "BearerTokenCredential[secret hidden]";
  }
}
