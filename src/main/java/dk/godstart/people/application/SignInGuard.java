package dk.godstart.people.application;

import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.SignInFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/**
 * Keeps count of failed sign-ins per typed user name in the database. Each call is its own
 * transaction: a failure must be counted even when the surrounding work is rolled back.
 */
@ApplicationScoped
public class SignInGuard {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.REQUIRES_NEW)
  public boolean isLocked(String username) {
    SignInFailures failures = em.find(SignInFailures.class, Account.normalise(username));
    return failures != null && failures.isLockedAt(clock.instant());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(String username) {
    String name = Account.normalise(username);
    // Insert-if-absent first, so that two instances counting the same name never collide.
    em.createNativeQuery(
            "INSERT IGNORE INTO sign_in_failure (username, failures, last_failure_at) VALUES (?, 0, ?)")
        .setParameter(1, name)
        .setParameter(2, clock.instant())
        .executeUpdate();
    em.find(SignInFailures.class, name, LockModeType.PESSIMISTIC_WRITE)
        .recordFailure(clock.instant());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordSuccess(String username) {
    em.createQuery("delete from SignInFailures f where f.username = :u")
        .setParameter("u", Account.normalise(username))
        .executeUpdate();
  }
}
