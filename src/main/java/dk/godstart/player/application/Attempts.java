package dk.godstart.player.application;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.player.domain.Attempt;
import dk.godstart.player.domain.AttemptProgress;
import dk.godstart.player.domain.AttemptToken;
import dk.godstart.player.domain.CmiDataModel;
import dk.godstart.player.domain.CmiValues;
import dk.godstart.player.domain.ModuleCompleted;
import dk.godstart.player.domain.ScoResult;
import dk.godstart.player.domain.ScormDuration;
import dk.godstart.player.domain.TrackingRules;
import dk.godstart.player.infrastructure.AttemptRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
  @Inject AttemptOwners owners;
  @Inject AttemptRows rows;
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

  /** Refuses (404 or 403) unless the attempt is the caller's own; asked before a body is read. */
  @Transactional
  public void requireOwn(long attemptId) {
    List<String> learner =
        em.createQuery("select a.learner.username from Attempt a where a.id = :id", String.class)
            .setParameter("id", attemptId)
            .getResultList();
    if (learner.isEmpty()) {
      throw new NotFound("attempt.not-found");
    }
    if (!learner.get(0).equals(currentUser.getUsername())) {
      throw new AccessDenied();
    }
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

  /**
   * Stores a commit of the caller's own attempt as one short transaction: the owner and the
   * package's facts come from caches (they never change), the CMI data is checked against the SCORM
   * data model before anything is locked, then one statement locks the attempt and reads where it
   * stands, and one upsert and one update store the result. The answer goes out after the
   * transaction committed. Not a container transaction: see {@link AttemptRows#commit}.
   */
  public CommitResult commit(long attemptId, Commit commit) {
    AttemptRows.Owner owner = owners.of(attemptId);
    if (!owner.username().equals(currentUser.getUsername())) {
      throw new AccessDenied();
    }
    return commit(owner, commit);
  }

  /** A commit from the launcher on the content origin, authorised by its attempt token alone. */
  public CommitResult commit(AttemptToken token, Commit commit) {
    AttemptRows.Owner owner = owners.of(token.attemptId());
    if (owner.learnerId() != token.learnerId()) {
      throw new AccessDenied();
    }
    return commit(owner, commit);
  }

  /** A commit to an attempt whose owner the caller was checked to be. */
  private CommitResult commit(AttemptRows.Owner owner, Commit commit) {
    long attemptId = owner.attemptId();
    PackageFacts facts = packages.of(owner.versionId());
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
    CmiValues values;
    ScoResult result;
    if (sco.asset()) {
      // An asset has no run-time: the page commits it, with no data, once it has been shown.
      if (!commit.cmi().isEmpty()) {
        throw new InvalidInput(
            "commit.asset-data", List.of(Detail.of("commit.asset-data", "cmi", commit.sco())));
      }
      values = CmiValues.NONE;
      result = TrackingRules.assetShown();
    } else {
      check(commit, facts);
      values =
          facts.isScorm12() ? CmiReading.scorm12(commit.cmi()) : CmiReading.scorm2004(commit.cmi());
      result =
          facts.isScorm12()
              ? TrackingRules.scorm12(values, sco.requirements(), true)
              : TrackingRules.scorm2004(values, sco.requirements());
    }
    Duration session = commit.terminated() ? sessionTime(values, facts.isScorm12()) : null;
    boolean suspended = "suspend".equals(values.exit());
    AttemptRows.Stored stored =
        rows.commit(
                attemptId,
                progress ->
                    progress.commit(
                        commit.sequence(),
                        commit.sco(),
                        result,
                        suspended,
                        session,
                        facts.completion()),
                commit.sco(),
                cmiJson,
                commit.sequence(),
                clock)
            .orElseThrow(() -> new NotFound("attempt.not-found"));
    AttemptProgress.Step step = stored.step();
    Instant now = stored.at();
    if (step.completedNow()) {
      // Stored and committed by now: with no container transaction open, the observers that wait
      // for a successful transaction (AFTER_SUCCESS: the unlocking of further modules, in a
      // transaction of its own) are told at once, as they were told after the container's commit.
      completions.fire(
          new ModuleCompleted(
              attemptId, owner.learnerId(), owner.moduleId(), owner.versionId(), now));
    }
    return new CommitResult(
        commit.sequence(),
        result.status(),
        result.isFinished(),
        step.sco().nextEntry(facts.isScorm12()),
        facts.isScorm12()
            ? ScormDuration.toTimespan(step.sco().totalTime())
            : ScormDuration.toIso(step.sco().totalTime()),
        step.attempt().completed());
  }

  /** Refuses CMI data that the SCORM data model of the package's edition does not allow. */
  private static void check(Commit commit, PackageFacts facts) {
    List<CmiDataModel.Violation> violations =
        (facts.isScorm12() ? CmiDataModel.SCORM_12 : CmiDataModel.SCORM_2004).check(commit.cmi());
    if (!violations.isEmpty()) {
      throw new InvalidInput(
          "commit.invalid-cmi",
          violations.stream()
              .map(v -> Detail.of(v.code(), v.element(), v.limit() == null ? "" : v.limit()))
              .toList());
    }
  }

  private static Duration sessionTime(CmiValues values, boolean scorm12) {
    return (scorm12
            ? ScormDuration.parseTimespan(values.sessionTime())
            : ScormDuration.parseIso(values.sessionTime()))
        .orElse(Duration.ZERO);
  }
}
