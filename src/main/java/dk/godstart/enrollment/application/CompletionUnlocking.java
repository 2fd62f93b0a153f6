package dk.godstart.enrollment.application;

import dk.godstart.player.domain.ModuleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * When a hire completes a module, the rules run again: a module may wait for that one. Only
 * completions that were stored count, so this listens after the commit, in its own transaction.
 */
@ApplicationScoped
public class CompletionUnlocking {

  @Inject Enrollments enrollments;
  @Inject Unlocking unlocking;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void onCompleted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleCompleted completed) {
    enrollments.activeOf(completed.learnerId()).ifPresent(e -> unlocking.unlockDue(e.id()));
  }
}
