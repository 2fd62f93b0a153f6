package dk.godstart.people.application;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.ApiToken;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Issuing, listing, revoking and checking API tokens. Only administrators manage them. */
@ApplicationScoped
@Transactional
public class ApiTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;

  /** A token as an administrator may see it: never its secret. */
  public record TokenSummary(
      long id,
      String name,
      String account,
      boolean integration,
      Instant issuedAt,
      Instant revokedAt) {

    static TokenSummary of(ApiToken token) {
      return new TokenSummary(
          token.id(),
          token.name(),
          token.account().username(),
          token.hasIntegrationPermission(),
          token.issuedAt(),
          token.revokedAt());
    }
  }

  /** A newly issued token with its secret, which is shown this once and never again. */
  public record IssuedToken(TokenSummary token, String secret) {}

  /** Only administrators issue, list and revoke tokens; asked before a request is read. */
  public void requireMayManage() {
    currentUser.require(Role.ADMIN);
  }

  public IssuedToken issue(String name, String forUsername, boolean integration) {
    currentUser.require(Role.ADMIN);
    if (name == null || name.isBlank()) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "name")));
    }
    if (name.strip().length() > 100) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.too-long", "name", 100)));
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = "gs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return store(name.strip(), forUsername, secret, currentUser.getAccount(), integration);
  }

  /**
   * Registers a token whose secret is already known: the embedded demo's tokens, documented in
   * README. Only the system caller may choose a secret.
   */
  public IssuedToken registerDemoToken(
      String name, String forUsername, String secret, boolean integration) {
    if (!currentUser.isSystem()) {
      throw new AccessDenied();
    }
    return store(name, forUsername, secret, null, integration);
  }

  public List<TokenSummary> list() {
    currentUser.require(Role.ADMIN);
    return em.createQuery("select t from ApiToken t order by t.issuedAt desc", ApiToken.class)
        .getResultStream()
        .map(TokenSummary::of)
        .toList();
  }

  public TokenSummary revoke(long id) {
    currentUser.require(Role.ADMIN);
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null) {
      throw new NotFound("api-token.not-found");
    }
    token.revoke(clock.instant());
    return TokenSummary.of(token);
  }

  /** The caller a secret stands for, if it belongs to a token that works and an active account. */
  public Optional<Caller> callerFor(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select t from ApiToken t where t.secretHash = :h", ApiToken.class)
        .setParameter("h", sha256(secret))
        .getResultStream()
        .findFirst()
        .filter(token -> !token.isRevoked() && token.account().isActive())
        .map(
            token ->
                new Caller(
                    token.account().username(),
                    token.account().roles(),
                    token.hasIntegrationPermission()));
  }

  private IssuedToken store(
      String name, String forUsername, String secret, Account issuedBy, boolean integration) {
    Account account =
        accounts
            .findActive(forUsername)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "invalid-input",
                        List.of(Detail.of("account.not-found", "account", forUsername))));
    ApiToken token =
        new ApiToken(name, sha256(secret), account, issuedBy, clock.instant(), integration);
    em.persist(token);
    em.flush();
    return new IssuedToken(TokenSummary.of(token), secret);
  }

  static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
