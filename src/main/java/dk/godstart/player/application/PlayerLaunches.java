package dk.godstart.player.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import dk.godstart.player.application.Launch.Mode;
import dk.godstart.player.application.Launch.ScoLaunch;
import dk.godstart.player.domain.Attempt;
import dk.godstart.player.domain.ScoState;
import dk.godstart.player.domain.ScormDuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Opening a module in the player. A hire continues their attempt, or starts one on the current
 * version; a completed attempt opens for review, without credit. Authors, mentors and leaders
 * preview the current version, and nothing is recorded for anyone.
 */
@ApplicationScoped
public class PlayerLaunches {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject ModuleAccess moduleAccess;
  @Inject AttemptStarter starter;
  @Inject PackageFactsCache packages;
  @Inject Clock clock;

  @Transactional
  public Launch open(long moduleId, boolean preview) {
    LearningModule module = module(moduleId);
    if (preview) {
      if (!moduleAccess.mayPreview(currentUser.getAccount().id(), moduleId)) {
        throw new AccessDenied();
      }
      PackageVersion version =
          module.currentVersion().orElseThrow(() -> new NotFound("module.not-found"));
      return launch(null, version, Mode.BROWSE);
    }
    Account learner = openFor(module);
    Attempt attempt =
        latestAttempt(learner.id(), moduleId).orElseGet(() -> firstAttempt(learner.id(), moduleId));
    attempt.sealIfCompleted(clock.instant());
    return launch(attempt, attempt.version(), attempt.isCompleted() ? Mode.REVIEW : Mode.NORMAL);
  }

  /** Starts a further attempt at a completed module, on its current version. */
  @Transactional
  public long startNew(long moduleId) {
    Account learner = openFor(module(moduleId));
    Optional<Attempt> latest = latestAttempt(learner.id(), moduleId);
    if (latest.isPresent() && !latest.get().isCompleted()) {
      throw new Conflict("attempt.in-progress");
    }
    latest.ifPresent(attempt -> attempt.sealIfCompleted(clock.instant()));
    return starter.create(learner.id(), moduleId, latest.map(Attempt::number).orElse(0) + 1);
  }

  /** The first attempt, created now, or the one another tab created a moment ago. */
  private Attempt firstAttempt(long learnerId, long moduleId) {
    try {
      return em.find(Attempt.class, starter.create(learnerId, moduleId, 1));
    } catch (RuntimeException lostTheRace) {
      return latestAttempt(learnerId, moduleId).orElseThrow(() -> lostTheRace);
    }
  }

  private Account openFor(LearningModule module) {
    currentUser.require(Role.HIRE);
    Account learner = currentUser.getAccount();
    if (!moduleAccess.isOpen(learner.id(), module.id())) {
      throw new AccessDenied("module.locked");
    }
    return learner;
  }

  Optional<Attempt> latestAttempt(long learnerId, long moduleId) {
    return em.createQuery(
            "select a from Attempt a where a.learner.id = :l and a.module.id = :m"
                + " order by a.number desc",
            Attempt.class)
        .setParameter("l", learnerId)
        .setParameter("m", moduleId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Launch launch(Attempt attempt, PackageVersion version, Mode mode) {
    PackageFacts facts = packages.of(version);
    List<ScoLaunch> scos =
        facts.scos().stream()
            .map(
                sco ->
                    scoLaunch(
                        sco,
                        attempt == null ? null : attempt.state(sco.identifier()).orElse(null),
                        facts))
            .toList();
    String start =
        attempt != null && attempt.lastSco() != null
            ? attempt.lastSco()
            : scos.isEmpty() ? null : scos.get(0).identifier();
    Account learner = attempt == null ? currentUser.getAccount() : attempt.learner();
    return new Launch(
        attempt == null ? null : attempt.id(),
        version.module().id(),
        version.id(),
        version.module().title(),
        version.edition().version(),
        mode,
        learner.username(),
        LearnerName.of(learner.displayName()),
        attempt == null ? 0 : attempt.lastSequence(),
        start,
        scos,
        facts.hasSequencing() ? facts.organization() : null,
        attempt == null || mode != Launch.Mode.NORMAL ? null : attempt.sequencingState());
  }

  private static ScoLaunch scoLaunch(
      PackageFacts.ScoFacts sco, ScoState state, PackageFacts facts) {
    Duration total = state == null ? Duration.ZERO : state.totalTime();
    return new ScoLaunch(
        sco.identifier(),
        sco.title(),
        sco.launch(),
        sco.asset(),
        state == null ? "not attempted" : state.result().status(),
        state != null && state.result().isFinished(),
        state == null ? "ab-initio" : state.nextEntry(facts.isScorm12()),
        sco.launchData(),
        number(sco.requirements().masteryScore()),
        number(sco.requirements().scaledPassingScore()),
        number(sco.requirements().completionThreshold()),
        sco.maxTimeAllowed(),
        sco.timeLimitAction(),
        facts.isScorm12() ? ScormDuration.toTimespan(total) : ScormDuration.toIso(total),
        state == null ? null : state.cmiJson());
  }

  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  private LearningModule module(long moduleId) {
    LearningModule module = em.find(LearningModule.class, moduleId);
    if (module == null) {
      throw new NotFound("module.not-found");
    }
    return module;
  }
}
