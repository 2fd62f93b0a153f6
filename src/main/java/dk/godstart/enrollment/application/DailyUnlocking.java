package dk.godstart.enrollment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Once a day, the rules run for every active enrolment, so that "day N" modules open on their day
 * without anyone doing anything. Every server instance may run it: unlocking is idempotent.
 */
@Singleton
public class DailyUnlocking {

  private static final Logger LOG = Logger.getLogger(DailyUnlocking.class.getName());

  @Inject Unlocking unlocking;

  @Schedule(hour = "0", minute = "5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each enrolment on its own
  public void unlockForToday() {
    int unlocked = 0;
    for (long enrollmentId : unlocking.activeEnrollmentIds()) {
      unlocked += unlocking.unlockDue(enrollmentId).size();
    }
    LOG.info("Daily unlocking: " + unlocked + " module(s) opened.");
  }
}
