package dk.godstart.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A named credential for another system (a case system, a script) that acts as one account. Only
 * the hash of its secret is kept; a revoked token never works again.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
  private String secretHash;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "issued_by_id")
  private Account issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** Whether the token may report casework steps (the case-system integration). */
  @Column(nullable = false)
  private boolean integration;

  protected ApiToken() {}

  public ApiToken(
      String name,
      String secretHash,
      Account account,
      Account issuedBy,
      Instant issuedAt,
      boolean integration) {
    this.integration = integration;
    this.name = Objects.requireNonNull(name);
    this.secretHash = Objects.requireNonNull(secretHash);
    this.account = Objects.requireNonNull(account);
    this.issuedBy = issuedBy;
    this.issuedAt = Objects.requireNonNull(issuedAt);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Account account() {
    return account;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public boolean hasIntegrationPermission() {
    return integration;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** Revoking twice keeps the first time: the token stopped working then. */
  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = Objects.requireNonNull(at);
    }
  }
}
