package dk.godstart.people.application;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Invitation;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finding and creating accounts and organisation units. */
@ApplicationScoped
@Transactional
public class Accounts {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;
  @Inject Invitations invitations;

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  public Optional<Account> find(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", Account.normalise(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> findActive(String username) {
    return find(username).filter(Account::isActive);
  }

  /** The active account a case system knows by this id (e.g. the hire's initials there). */
  public Optional<Account> findByExternalId(String externalId) {
    return em.createQuery(
            "select a from Account a where a.externalId = :x and a.active = true", Account.class)
        .setParameter("x", externalId == null ? "" : externalId.strip())
        .getResultStream()
        .findFirst();
  }

  /** Active accounts by name, for choosing colleagues; at most {@code limit}. */
  public List<Account> active(int limit) {
    return em.createQuery(
            "select a from Account a where a.active = true order by a.displayName, a.username",
            Account.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  public Account create(
      String username, String displayName, char[] password, Set<Role> roles, OrgUnit orgUnit) {
    List<Detail> problems = new ArrayList<>();
    String name = Account.normalise(username);
    if (name.isEmpty()) {
      problems.add(Detail.of("field.required", "username"));
    } else if (name.length() > 100) {
      problems.add(Detail.of("field.too-long", "username", 100));
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add(Detail.of("field.required", "displayName"));
    }
    if (password == null || password.length == 0) {
      problems.add(Detail.of("field.required", "password"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
    Account account =
        new Account(
            name, displayName.strip(), passwords.hash(password), roles, orgUnit, clock.instant());
    em.persist(account);
    em.flush(); // the id is needed at once, e.g. to make the new account a module's author
    return account;
  }

  /** A new account and its invitation: what to hand over when it was not mailed. */
  public record Created(Account account, Invitations.Issued invitation) {}

  /**
   * Creates an account whose password nobody knows, with an invitation to choose one: by mail when
   * it has an address and mail is configured, otherwise handed back for the creator to pass on.
   * Callers check who may create accounts (a leader at enrolment, an administrator).
   */
  public Created createInvited(
      String username, String displayName, String email, Set<Role> roles, OrgUnit orgUnit) {
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && !Account.isEmailAddress(address)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.email", "email")));
    }
    Account account = create(username, displayName, unknownPassword(), roles, orgUnit);
    account.changeEmail(address);
    return new Created(account, invitations.issue(account, Invitation.Purpose.INVITATION));
  }

  /** A password nobody knows, until the invitation replaces it. */
  private static char[] unknownPassword() {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    return java.util.Base64.getEncoder().encodeToString(random).toCharArray();
  }

  public OrgUnit createOrgUnit(String name, OrgUnit parent) {
    OrgUnit unit = new OrgUnit(name, parent, clock.instant());
    em.persist(unit);
    return unit;
  }
}
