package dk.godstart.player.application;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.player.domain.Attempt;
import dk.godstart.player.domain.AttemptToken;
import dk.godstart.player.domain.CmiValues;
import dk.godstart.player.domain.ModuleCompleted;
import dk.godstart.player.domain.ScoResult;
import dk.godstart.player.domain.ScoState;
import dk.godstart.player.domain.ScormDuration;
import dk.godstart.player.domain.TrackingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Storing the player's commits. Each commit locks its attempt's row, so commits of one attempt are
 * applied one at a time on any number of server instances, and the answer goes out only after the
 * transaction committed: what the SCO was told is stored is stored.
 */
@ApplicationScoped
public class Attempts {

  /** A SCO's data is small; anything far beyond SCORM's limits is refused, not stored. */
  static final int MAX_CMI_CHARS = 1_000_000;

  static final int MAX_SEQUENCING_STATE_CHARS = 2_000_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject PackageFactsCache packages;
  @Inject Event<ModuleCompleted> completions;

  /**
   * Keeps the sequencing engine's state of the caller's own attempt; refused above {@link
   * #MAX_SEQUENCING_STATE_CHARS}, which no real package's activity tree comes near.
   */
  @Transactional
  public void keepSequencingState(long attemptId, String state) {
    keepSequencingState(ownLocked(attemptId), state);
  }

  /** The same for the launcher, which proves with an {@link AttemptToken} whose attempt it is. */
  @Transactional
  public void keepSequencingState(AttemptToken token, String state) {
    keepSequencingState(lockedFor(token), state);
  }

  private void keepSequencingState(Attempt attempt, String state) {
    if (state == null || state.length() > MAX_SEQUENCING_STATE_CHARS) {
      throw new InvalidInput(
          "sequencing-state.invalid",
          List.of(Detail.of("sequencing-state.invalid", "state", MAX_SEQUENCING_STATE_CHARS)));
    }
    attempt.keepSequencingState(state, clock.instant());
  }

  /** The caller's own attempt, locked for this transaction; 404 or 403 otherwise. */
  private Attempt ownLocked(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null) {
      throw new NotFound("attempt.not-found");
    }
    if (!attempt.learner().username().equals(currentUser.getUsername())) {
      throw new AccessDenied();
    }
    return attempt;
  }

  /** The attempt an attempt token names, locked; 404 or 403 when it is not that learner's. */
  private Attempt lockedFor(AttemptToken token) {
    Attempt attempt = em.find(Attempt.class, token.attemptId(), LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null) {
      throw new NotFound("attempt.not-found");
    }
    if (attempt.learner().id() != token.learnerId()) {
      throw new AccessDenied();
    }
    return attempt;
  }

  @Transactional
  public CommitResult commit(long attemptId, Commit commit) {
    return commit(ownLocked(attemptId), commit);
  }

  /** A commit from the launcher on the content origin, authorised by its attempt token alone. */
  @Transactional
  public CommitResult commit(AttemptToken token, Commit commit) {
    return commit(lockedFor(token), commit);
  }

  private CommitResult commit(Attempt attempt, Commit commit) {
    PackageFacts facts = packages.of(attempt.version());
    PackageFacts.ScoFacts sco =
        facts
            .sco(commit.sco())
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "commit.unknown-sco",
                        List.of(Detail.of("commit.unknown-sco", "sco", commit.sco()))));
    String cmiJson = commit.cmi().toString();
    if (cmiJson.length() > MAX_CMI_CHARS) {
      throw new InvalidInput(
          "commit.too-large", List.of(Detail.of("commit.too-large", "cmi", MAX_CMI_CHARS)));
    }
    CmiValues values =
        facts.isScorm12() ? CmiReading.scorm12(commit.cmi()) : CmiReading.scorm2004(commit.cmi());
    ScoResult result =
        facts.isScorm12()
            ? TrackingRules.scorm12(values, sco.requirements(), true)
            : TrackingRules.scorm2004(values, sco.requirements());
    ScoState.Session session =
        commit.terminated() ? new ScoState.Session(sessionTime(values, facts.isScorm12())) : null;
    boolean completedNow =
        attempt.commit(
            commit.sequence(),
            commit.sco(),
            cmiJson,
            result,
            "suspend".equals(values.exit()),
            session,
            facts.completion(),
            clock.instant());
    if (completedNow) {
      completions.fire(
          new ModuleCompleted(
              attempt.id(),
              attempt.learner().id(),
              attempt.module().id(),
              attempt.version().id(),
              attempt.completedAt()));
    }
    return new CommitResult(commit.sequence(), result.status(), attempt.isCompleted());
  }

  private static Duration sessionTime(CmiValues values, boolean scorm12) {
    return (scorm12
            ? ScormDuration.parseTimespan(values.sessionTime())
            : ScormDuration.parseIso(values.sessionTime()))
        .orElse(Duration.ZERO);
  }
}
