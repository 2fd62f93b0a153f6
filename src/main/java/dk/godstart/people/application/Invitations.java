package dk.godstart.people.application;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Invitation;
import dk.godstart.people.domain.Invitation.Purpose;
import dk.godstart.people.domain.Invitation.State;
import dk.godstart.people.domain.InvitationToken;
import dk.godstart.people.domain.PasswordRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Links to choose a password: issued with every new account (see {@link Accounts#createInvited})
 * and again by an administrator, and asked for by anyone under "Glemt adgangskode". Issuing is
 * package-private: only the people feature's own checked paths hand links out, because whoever sees
 * a link can take over the account.
 */
@ApplicationScoped
@Transactional
public class Invitations {

  /** A reset link is not issued again for the same account within this time: no mail bombing. */
  static final Duration RESET_PAUSE = Duration.ofMinutes(10);

  /** The throttle key of "Glemt adgangskode" requests (no user name has this form). */
  static final String RESET_THROTTLE = "#password-reset";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject InvitationMail mail;
  @Inject SignInGuard guard;
  @Inject PasswordHasher passwords;
  @Inject Event<InvitationMail.Outgoing> outgoing;

  /**
   * A link just issued, for the person who issued it: whether it went out by mail, and otherwise
   * the address to hand over (it is shown this once, never stored).
   */
  public record Issued(String username, String name, boolean mailed, String url, Instant expiresAt)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** What a link leads to, for the page that opens it: its state, and whose it is when open. */
  public record Opened(String state, String username, String name, Purpose purpose)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String UNKNOWN = "UNKNOWN";

    public boolean isOpen() {
      return State.OPEN.name().equals(state);
    }
  }

  /**
   * Issues a link for the account, withdrawing its earlier open links, and mails it (after the
   * commit) when mail is configured and the account has an address; otherwise the link comes back
   * to be handed over. Callers in this package check who may do this.
   */
  Issued issue(Account account, Purpose purpose) {
    Instant now = clock.instant();
    openLinksOf(account).forEach(link -> link.withdraw(now));
    String token = InvitationToken.generate();
    Account issuer =
        currentUser.isSystem() || !currentUser.isSignedIn() ? null : currentUser.getAccount();
    Invitation invitation =
        new Invitation(account, purpose, InvitationToken.hash(token), issuer, now);
    em.persist(invitation);
    boolean mailed = mail.canMail(account.email());
    if (mailed) {
      outgoing.fire(
          new InvitationMail.Outgoing(
              account.email(),
              account.displayName(),
              purpose,
              token,
              invitation.expiresAt(),
              false));
    }
    return new Issued(
        account.username(),
        account.displayName(),
        mailed,
        mailed ? null : mail.link(token),
        invitation.expiresAt());
  }

  /**
   * "Glemt adgangskode": mails a reset link when the name or address belongs to one active account
   * with an e-mail address, and does nothing otherwise. The caller learns nothing either way (the
   * mail goes out on another thread); returns how long this client must wait first, usually zero.
   */
  public Duration requestReset(String nameOrEmail, String client) {
    Duration wait = guard.waitFor(RESET_THROTTLE, client);
    if (!wait.isZero()) {
      return wait;
    }
    // Every request counts, found or not: the throttle slows a client that probes many names.
    guard.recordFailure(RESET_THROTTLE, client);
    Optional<Account> account = accountFor(nameOrEmail);
    if (account.isEmpty() || !mail.canMail(account.get().email())) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    boolean recentlySent =
        openLinksOf(account.get()).stream()
            .anyMatch(
                link ->
                    link.purpose() == Purpose.PASSWORD_RESET
                        && link.createdAt().isAfter(now.minus(RESET_PAUSE)));
    if (recentlySent) {
      return Duration.ZERO;
    }
    openLinksOf(account.get()).forEach(link -> link.withdraw(now));
    String token = InvitationToken.generate();
    Invitation invitation =
        new Invitation(
            account.get(), Purpose.PASSWORD_RESET, InvitationToken.hash(token), null, now);
    em.persist(invitation);
    outgoing.fire(
        new InvitationMail.Outgoing(
            account.get().email(),
            account.get().displayName(),
            Purpose.PASSWORD_RESET,
            token,
            invitation.expiresAt(),
            true));
    return Duration.ZERO;
  }

  /** What the link with this token leads to; anyone holding a link may ask. */
  public Opened open(String token) {
    return find(token)
        .map(
            link ->
                new Opened(
                    link.stateAt(clock.instant()).name(),
                    link.account().username(),
                    link.account().displayName(),
                    link.purpose()))
        .orElse(new Opened(Opened.UNKNOWN, null, null, null));
  }

  /**
   * Sets the password of the link's account and uses the link up. Returns the user name to sign in
   * with. Refused when the link is not open or the password breaks the rules.
   */
  public String choosePassword(String token, char[] password, char[] repeated) {
    Invitation link =
        find(token).orElseThrow(() -> new Conflict("invitation." + Opened.UNKNOWN.toLowerCase()));
    Instant now = clock.instant();
    State state = link.stateAt(now);
    if (state != State.OPEN) {
      throw new Conflict("invitation." + state.name().toLowerCase());
    }
    Account account = link.account();
    List<Detail> problems = PasswordRules.problems(account.username(), password, repeated);
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
    account.changePasswordHash(passwords.hash(password));
    link.use(now);
    openLinksOf(account).forEach(other -> other.withdraw(now));
    return account.username();
  }

  /** When each of these accounts' open link stops working, for those that have one. */
  public Map<Long, Instant> openUntil(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "select i from Invitation i where i.account.id in :ids and i.usedAt is null"
                + " and i.withdrawnAt is null",
            Invitation.class)
        .setParameter("ids", accountIds)
        .getResultStream()
        .filter(i -> i.stateAt(now) == State.OPEN)
        .collect(Collectors.toMap(i -> i.account().id(), Invitation::expiresAt, (a, b) -> b));
  }

  private Optional<Invitation> find(String token) {
    if (!InvitationToken.hasTheForm(token)) {
      return Optional.empty();
    }
    return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
        .setParameter("h", InvitationToken.hash(token))
        .getResultStream()
        .findFirst();
  }

  private List<Invitation> openLinksOf(Account account) {
    Instant now = clock.instant();
    return em.createQuery(
            "select i from Invitation i where i.account.id = :a and i.usedAt is null"
                + " and i.withdrawnAt is null",
            Invitation.class)
        .setParameter("a", account.id())
        .getResultStream()
        .filter(i -> i.stateAt(now) == State.OPEN)
        .toList();
  }

  /** The one active account with this user name, or else with this e-mail address. */
  private Optional<Account> accountFor(String nameOrEmail) {
    if (nameOrEmail == null || nameOrEmail.isBlank()) {
      return Optional.empty();
    }
    Optional<Account> byName =
        em.createQuery(
                "select a from Account a where a.username = :u and a.active = true", Account.class)
            .setParameter("u", Account.normalise(nameOrEmail))
            .getResultStream()
            .findFirst();
    if (byName.isPresent()) {
      return byName;
    }
    List<Account> byEmail =
        em.createQuery(
                "select a from Account a where lower(a.email) = :e and a.active = true",
                Account.class)
            .setParameter("e", nameOrEmail.strip().toLowerCase(java.util.Locale.ROOT))
            .setMaxResults(2)
            .getResultList();
    return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
  }
}
