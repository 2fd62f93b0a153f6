package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.catalog.domain.PackageContents;
import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.kernel.Conflict;
import dk.godstart.people.domain.Account;
import dk.godstart.player.domain.ScoResult.Completion;
import dk.godstart.player.domain.ScoResult.Success;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttemptTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final ModuleCompletion SCOS = ModuleCompletion.everySco(List.of("a", "b"));
  private static final ScoResult DONE =
      new ScoResult(Completion.COMPLETED, Success.UNKNOWN, null, null);
  private static final ScoResult BUSY =
      new ScoResult(Completion.INCOMPLETE, Success.UNKNOWN, null, null);

  private static Attempt attempt() {
    Account learner = new Account("sofie", "Sofie Andersen", "hash", Set.of(), null, NOW);
    LearningModule module = new LearningModule("Notatpligt", null, NOW);
    PackageVersion version =
        module.addVersion(
            new PackageContents("key", 1, 1),
            new Manifest("m", ScormEdition.SCORM_12, "o", List.of(), List.of()),
            null,
            NOW);
    return new Attempt(learner, version, 1, NOW);
  }

  @Test
  void commitsAreTakenInIncreasingOrderOnly() {
    Attempt attempt = attempt();
    attempt.commit(5, "a", "{}", BUSY, false, null, SCOS, NOW);

    assertThrows(Conflict.class, () -> attempt.commit(5, "a", "{}", BUSY, false, null, SCOS, NOW));
    assertThrows(Conflict.class, () -> attempt.commit(4, "a", "{}", BUSY, false, null, SCOS, NOW));
    attempt.commit(6, "a", "{\"new\":1}", BUSY, false, null, SCOS, NOW);
    assertEquals("{\"new\":1}", attempt.state("a").orElseThrow().cmiJson());
    assertEquals(6, attempt.lastSequence());
  }

  @Test
  void theModuleIsCompletedWhenEveryScoIsDoneAndSaysSoOnce() {
    Attempt attempt = attempt();

    assertFalse(attempt.commit(1, "a", "{}", DONE, false, null, SCOS, NOW));
    assertFalse(attempt.isCompleted());
    assertTrue(attempt.commit(2, "b", "{}", DONE, false, null, SCOS, NOW));
    assertTrue(attempt.isCompleted());
    assertFalse(attempt.commit(3, "b", "{}", DONE, false, null, SCOS, NOW));
  }

  @Test
  void theSessionThatCompletedTheAttemptMayEndAndThenTheAttemptIsARecord() {
    Attempt attempt = attempt();
    attempt.commit(1, "a", "{}", DONE, false, null, SCOS, NOW);
    attempt.commit(2, "b", "{}", DONE, false, null, SCOS, NOW);

    Conflict otherSco =
        assertThrows(
            Conflict.class, () -> attempt.commit(3, "a", "{}", BUSY, false, null, SCOS, NOW));
    attempt.commit(
        4, "b", "{\"end\":1}", DONE, false, new ScoState.Session(Duration.ofMinutes(1)), SCOS, NOW);
    assertTrue(attempt.isSealed());
    Conflict afterTheFact =
        assertThrows(
            Conflict.class,
            () -> attempt.commit(5, "b", "{\"x\":1}", BUSY, false, null, SCOS, NOW));

    assertEquals("attempt.completed", otherSco.code());
    assertEquals("attempt.completed", afterTheFact.code());
    assertEquals("{\"end\":1}", attempt.state("b").orElseThrow().cmiJson());
    assertEquals(4, attempt.lastSequence());
    assertThrows(Conflict.class, () -> attempt.keepSequencingState("x", NOW));
    assertEquals(null, attempt.sequencingState());
  }

  @Test
  void aCompletedAttemptOpenedAgainIsSealed() {
    Attempt attempt = attempt();
    attempt.commit(1, "a", "{}", DONE, false, null, SCOS, NOW);
    attempt.commit(2, "b", "{}", DONE, false, null, SCOS, NOW);
    attempt.keepSequencingState("during the completing session", NOW);

    attempt.sealIfCompleted(NOW);

    assertThrows(Conflict.class, () -> attempt.commit(3, "b", "{}", DONE, false, null, SCOS, NOW));
    assertEquals("during the completing session", attempt.sequencingState());
  }

  @Test
  void eachEndedSessionAddsItsTime() {
    Attempt attempt = attempt();
    attempt.commit(
        1, "a", "{}", BUSY, false, new ScoState.Session(Duration.ofMinutes(2)), SCOS, NOW);
    attempt.commit(2, "a", "{}", BUSY, false, null, SCOS, NOW);
    attempt.commit(
        3, "a", "{}", BUSY, false, new ScoState.Session(Duration.ofSeconds(30)), SCOS, NOW);

    assertEquals(Duration.ofSeconds(150), attempt.totalTime());
    assertEquals(2, attempt.state("a").orElseThrow().sessions());
  }

  @Test
  void aSuspendedScoResumesAndANormalExitStartsAnew() {
    Attempt attempt = attempt();
    attempt.commit(1, "a", "{}", BUSY, true, null, SCOS, NOW);
    assertEquals("resume", attempt.state("a").orElseThrow().nextEntry(false));
    assertEquals("resume", attempt.state("a").orElseThrow().nextEntry(true));

    attempt.commit(2, "a", "{}", BUSY, false, new ScoState.Session(Duration.ZERO), SCOS, NOW);
    assertEquals(
        "ab-initio",
        attempt.state("a").orElseThrow().nextEntry(false),
        "SCORM 2004: a new learner attempt on the activity");
    assertEquals("", attempt.state("a").orElseThrow().nextEntry(true), "SCORM 1.2");
  }
}
