package dk.godstart.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the daily unlocking is scheduled: without it "day N" modules never open by themselves,
 * and nothing else would show it (the server runs without its data grid, so the container keeps the
 * non-persistent timer in memory; this check proves that it did schedule it).
 */
@Readiness
@ApplicationScoped
public class DailyUnlockingCheck implements HealthCheck {

  @Inject DailyUnlocking daily;

  @Override
  public HealthCheckResponse call() {
    Optional<String> next = daily.nextRun().map(Object::toString);
    return HealthCheckResponse.named("daily-unlocking")
        .status(next.isPresent())
        .withData("nextRun", next.orElse("none"))
        .build();
  }
}
