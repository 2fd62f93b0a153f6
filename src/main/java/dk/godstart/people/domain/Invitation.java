package dk.godstart.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link for one account to choose a password: the invitation a new account gets, or the
 * link "Glemt adgangskode" sends. Only the hash of the link's token is kept. A link works until it
 * is used, expires, or is withdrawn because a newer link was issued for the same account.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

  /** Why the link was issued; each purpose has its own lifetime. */
  public enum Purpose {
    /** A new account's first password: the person may only read the mail days later. */
    INVITATION(Duration.ofDays(7)),
    /**
     * A forgotten password: the person asked a moment ago, and a link that lives short is worth
     * less to whoever reads the mailbox later.
     */
    PASSWORD_RESET(Duration.ofHours(24));

    private final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  /** What a link can still do. Only {@link #OPEN} lets a password be chosen. */
  public enum State {
    OPEN,
    USED,
    EXPIRED,
    /** A newer link replaced it, or the account was deactivated. */
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "issued_by_id")
  private Account issuedBy;

  protected Invitation() {}

  public Invitation(
      Account account, Purpose purpose, String tokenHash, Account issuedBy, Instant now) {
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.issuedBy = issuedBy;
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** What the link can do now. A used link stays used, even after it would have expired. */
  public State stateAt(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    if (withdrawnAt != null || !account.isActive()) {
      return State.WITHDRAWN;
    }
    return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
  }

  /**
   * Marks the link used; from now on it opens nothing. Returns whether it was open: a link that was
   * not is left as it was.
   */
  public boolean use(Instant now) {
    if (stateAt(now) != State.OPEN) {
      return false;
    }
    usedAt = now;
    return true;
  }

  /** Withdraws a link that is still open (a newer one replaces it); others keep their state. */
  public void withdraw(Instant now) {
    if (stateAt(now) == State.OPEN) {
      withdrawnAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public Purpose purpose() {
    return purpose;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
