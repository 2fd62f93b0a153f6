package dk.godstart.player.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.Account;
import dk.godstart.player.domain.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Creates an attempt on a module's current version, in a transaction of its own: when two tabs race
 * to create the same attempt, the unique (learner, module, number) constraint lets one win, and the
 * loser's caller can still find the winner's attempt in its own transaction.
 */
@ApplicationScoped
public class AttemptStarter {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long create(long learnerId, long moduleId, int number) {
    LearningModule module = em.find(LearningModule.class, moduleId);
    PackageVersion version =
        module.currentVersion().orElseThrow(() -> new NotFound("module.not-found"));
    Attempt attempt =
        new Attempt(em.getReference(Account.class, learnerId), version, number, clock.instant());
    em.persist(attempt);
    em.flush();
    return attempt.id();
  }
}
