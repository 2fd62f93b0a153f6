package dk.godstart.people.application;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Invitation;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts as administrators run them: find, create (with an invitation), change name, address,
 * roles and unit, deactivate and reactivate, and send a new invitation.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

  @PersistenceContext EntityManager em;
  @Inject Administration administration;
  @Inject Accounts accounts;
  @Inject OrgUnits units;
  @Inject Invitations invitations;
  @Inject CurrentUser currentUser;

  /** An account as the administration pages show it. */
  public record AccountRow(
      long id,
      String username,
      String name,
      String email,
      Long unitId,
      String unit,
      Set<Role> roles,
      boolean active,
      Instant invitationOpenUntil)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** What an administrator sets on an account. */
  public record Details(String name, String email, Set<Role> roles, Long unitId) {}

  /** Accounts whose user name, name or e-mail contains the text (all when blank), by name. */
  public List<AccountRow> search(String text, int limit) {
    administration.require();
    String like =
        "%"
            + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    List<Account> found =
        em.createQuery(
                "select a from Account a where lower(a.username) like :t or lower(a.displayName)"
                    + " like :t or lower(a.email) like :t order by a.displayName, a.username",
                Account.class)
            .setParameter("t", like)
            .setMaxResults(limit)
            .getResultList();
    Map<Long, Instant> open = invitations.openUntil(found.stream().map(Account::id).toList());
    return found.stream().map(a -> row(a, open.get(a.id()))).toList();
  }

  public AccountRow get(long id) {
    administration.require();
    Account account = require(id);
    return row(account, invitations.openUntil(List.of(account.id())).get(account.id()));
  }

  public Invitations.Issued create(String username, Details details) {
    administration.require();
    if (accounts.find(username).isPresent()) {
      throw new Conflict("account.exists", Account.normalise(username));
    }
    return accounts
        .createInvited(
            username,
            details.name(),
            details.email(),
            roles(details.roles()),
            unit(details.unitId()))
        .invitation();
  }

  public void change(long id, Details details) {
    administration.require();
    Account account = require(id);
    if (details.name() == null || details.name().isBlank()) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "name")));
    }
    String email = details.email() == null || details.email().isBlank() ? null : details.email();
    if (email != null && !Account.isEmailAddress(email.strip())) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.email", "email")));
    }
    Set<Role> roles = roles(details.roles());
    if (isMe(account) && !roles.contains(Role.ADMIN)) {
      throw new Conflict("account.own-admin");
    }
    account.rename(details.name());
    account.changeEmail(email == null ? null : email.strip());
    account.holdRoles(roles);
    account.moveTo(unit(details.unitId()));
  }

  public void deactivate(long id) {
    administration.require();
    Account account = require(id);
    if (isMe(account)) {
      throw new Conflict("account.own-admin");
    }
    account.deactivate();
  }

  public void reactivate(long id) {
    administration.require();
    require(id).reactivate();
  }

  /** A new invitation, replacing any open link; for active accounts only. */
  public Invitations.Issued invite(long id) {
    administration.require();
    Account account = require(id);
    if (!account.isActive()) {
      throw new Conflict("account.inactive", account.username());
    }
    return invitations.issue(account, Invitation.Purpose.INVITATION);
  }

  /** An administrator keeps their own access: they cannot deactivate or demote themselves. */
  private boolean isMe(Account account) {
    return !currentUser.isSystem() && account.id().equals(currentUser.getAccount().id());
  }

  private Account require(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new NotFound("account.not-found-id");
    }
    return account;
  }

  private OrgUnit unit(Long unitId) {
    return unitId == null ? null : units.require(unitId);
  }

  private static Set<Role> roles(Set<Role> roles) {
    return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  private static AccountRow row(Account a, Instant openUntil) {
    OrgUnit unit = a.orgUnit();
    return new AccountRow(
        a.id(),
        a.username(),
        a.displayName(),
        a.email(),
        unit == null ? null : unit.id(),
        unit == null ? null : unit.name(),
        EnumSet.copyOf(a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : a.roles()),
        a.isActive(),
        openUntil);
  }
}
