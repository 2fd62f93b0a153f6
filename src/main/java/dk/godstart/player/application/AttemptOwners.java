package dk.godstart.player.application;

import dk.godstart.kernel.NotFound;
import dk.godstart.player.infrastructure.AttemptRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whose an attempt is, and on which module and version: facts that never change once the attempt
 * exists (user names do not change either), so they are read once per attempt and kept, and a
 * commit's owner check costs no statement. Bounded, so that a long-running server does not grow
 * without end.
 */
@ApplicationScoped
public class AttemptOwners {

  private static final int MAX_ATTEMPTS = 20_000;

  private final Map<Long, AttemptRows.Owner> owners = new ConcurrentHashMap<>();

  @Inject AttemptRows rows;

  /** The attempt's owner; {@code attempt.not-found} (404) when there is no such attempt. */
  public AttemptRows.Owner of(long attemptId) {
    AttemptRows.Owner known = owners.get(attemptId);
    if (known != null) {
      return known;
    }
    AttemptRows.Owner read =
        rows.owner(attemptId).orElseThrow(() -> new NotFound("attempt.not-found"));
    if (owners.size() >= MAX_ATTEMPTS) {
      owners.clear();
    }
    owners.put(attemptId, read);
    return read;
  }
}
