package dk.godstart.people.application;

import dk.godstart.people.domain.SignInFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;

/**
 * Keeps count of failed sign-ins per (typed user name, client address) in the database, so that
 * every instance sees the same count. Each call is its own transaction: a failure must be counted
 * even when the surrounding work is rolled back.
 */
@ApplicationScoped
public class SignInGuard {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** How long this client must wait before a sign-in as this name is looked at; often zero. */
  @Transactional(TxType.REQUIRES_NEW)
  public Duration waitFor(String username, String client) {
    SignInFailures failures = em.find(SignInFailures.class, SignInFailures.key(username, client));
    return failures == null ? Duration.ZERO : failures.waitAt(clock.instant());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(String username, String client) {
    String key = SignInFailures.key(username, client);
    // Insert-if-absent first, so that two instances counting the same pair never collide.
    em.createNativeQuery(
            "INSERT IGNORE INTO sign_in_throttle (throttle_key, failures, last_failure_at)"
                + " VALUES (?, 0, ?)")
        .setParameter(1, key)
        .setParameter(2, clock.instant())
        .executeUpdate();
    em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE)
        .recordFailure(clock.instant());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordSuccess(String username, String client) {
    em.createQuery("delete from SignInFailures f where f.key = :k")
        .setParameter("k", SignInFailures.key(username, client))
        .executeUpdate();
  }
}
