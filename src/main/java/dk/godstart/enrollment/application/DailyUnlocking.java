package dk.godstart.enrollment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Once a day, the rules run for every active enrolment, so that "day N" modules open on their day
 * without anyone doing anything. Every server instance may run it: unlocking is idempotent.
 */
@Singleton
public class DailyUnlocking {

  private static final Logger LOG = Logger.getLogger(DailyUnlocking.class.getName());

  @Inject Unlocking unlocking;

  @Resource TimerService timers;

  @Schedule(hour = "0", minute = "5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each enrolment on its own
  public void unlockForToday() {
    int unlocked = 0;
    for (long enrollmentId : unlocking.activeEnrollmentIds()) {
      unlocked += unlocking.unlockDue(enrollmentId).size();
    }
    LOG.info("Daily unlocking: " + unlocked + " module(s) opened.");
  }

  /**
   * When the daily run is due next; empty when the container scheduled none (then no "day N" module
   * would ever open by itself: the readiness check says so).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Instant> nextRun() {
    return timers.getTimers().stream()
        .map(Timer::getNextTimeout)
        .map(java.util.Date::toInstant)
        .min(Instant::compareTo);
  }
}
