package dk.godstart.player.domain;

import java.time.Instant;

/**
 * Announced (as a CDI event) when a learner completes a module. Later features observe it: the
 * enrolment marks the module done and unlocks what follows, reflection asks for a note. Observers
 * that change data should use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so they
 * only see completions that were stored, and a transaction of their own ({@code REQUIRES_NEW}): a
 * commit fires it after its own JDBC transaction committed, with no container transaction open.
 */
public record ModuleCompleted(
    long attemptId, long learnerId, long moduleId, long versionId, Instant completedAt) {}
