package dk.godstart.dashboard.domain;

import java.time.Instant;

/** A status meeting as the dashboards count it: when it is planned and whether it was held. */
public record MeetingFact(long enrollmentId, Instant startsAt, Instant heldAt) {

  public boolean isHeld() {
    return heldAt != null;
  }
}
