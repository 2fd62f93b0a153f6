package dk.godstart.player.application;

import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.player.domain.AttemptToken;
import dk.godstart.player.domain.ContentCapability;
import dk.godstart.player.infrastructure.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;

/**
 * What the player page hands its launcher, once {@link PlayerLaunches#open} has decided that the
 * caller may open the module: the signed address of the version's files (for the learner or the
 * previewer) and, when the attempt takes commits, the attempt token. Nobody else is given either.
 */
@ApplicationScoped
public class LaunchGrants {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject SigningKeys keys;
  @Inject Clock clock;

  /** The content path prefix and the attempt token (null when nothing is to be stored). */
  public record Grant(String contentPath, String attemptToken) {}

  public Grant grant(Launch launch, Duration lifetime) {
    PackageVersion version = em.find(PackageVersion.class, launch.versionId());
    if (version == null) {
      throw new NotFound("module.not-found");
    }
    long account = currentUser.getAccount().id();
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    boolean previewing = launch.mode() == Launch.Mode.BROWSE;
    ContentCapability capability =
        previewing
            ? ContentCapability.forPreviewer(version.storageKey(), account, expires)
            : ContentCapability.forLearner(version.storageKey(), account, expires);
    String token =
        launch.attemptId() != null && launch.mode() == Launch.Mode.NORMAL
            ? new AttemptToken(launch.attemptId(), account, expires).value(keys.attempts())
            : null;
    return new Grant(capability.path(keys.content()), token);
  }
}
