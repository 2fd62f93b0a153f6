package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.domain.ScoResult.Completion;
import dk.godstart.player.domain.ScoResult.Success;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrackingRulesTest {

  private static CmiValues scorm12(String status, String raw) {
    return new CmiValues(
        status,
        null,
        raw == null ? null : new BigDecimal(raw),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static CmiValues scorm2004(
      String completion, String success, String scaled, String progress) {
    return new CmiValues(
        completion,
        success,
        null,
        null,
        null,
        scaled == null ? null : new BigDecimal(scaled),
        progress == null ? null : new BigDecimal(progress),
        null,
        null,
        null);
  }

  private static final ScoRequirements MASTERY_80 =
      new ScoRequirements(new BigDecimal("80"), null, null);

  @Test
  void scorm12CompletedOrPassedIsDone() {
    assertTrue(
        TrackingRules.scorm12(scorm12("completed", null), ScoRequirements.NONE, true).isDone());
    assertTrue(TrackingRules.scorm12(scorm12("passed", null), ScoRequirements.NONE, true).isDone());
    assertFalse(
        TrackingRules.scorm12(scorm12("incomplete", null), ScoRequirements.NONE, true).isDone());
    assertFalse(
        TrackingRules.scorm12(scorm12("failed", null), ScoRequirements.NONE, true).isDone());
  }

  @Test
  void scorm12MasteryScoreDecidesPassedOrFailedWithCredit() {
    ScoResult passed = TrackingRules.scorm12(scorm12("completed", "80"), MASTERY_80, true);
    assertEquals(Success.PASSED, passed.success());
    assertEquals("passed", passed.status());

    ScoResult failed = TrackingRules.scorm12(scorm12("passed", "79.5"), MASTERY_80, true);
    assertEquals(Success.FAILED, failed.success());
    assertFalse(failed.isDone());
  }

  @Test
  void scorm12MasteryScoreIsIgnoredWithoutCredit() {
    ScoResult result = TrackingRules.scorm12(scorm12("completed", "10"), MASTERY_80, false);
    assertEquals("completed", result.status());
    assertTrue(result.isDone());
  }

  @Test
  void scorm12WithoutAStatusIsNotAttempted() {
    ScoResult result = TrackingRules.scorm12(CmiValues.NONE, MASTERY_80, true);
    assertEquals(Completion.NOT_ATTEMPTED, result.completion());
    assertEquals("not attempted", result.status());
  }

  @Test
  void scorm2004ProgressMeasureAgainstTheThresholdDecidesCompletion() {
    ScoRequirements threshold = new ScoRequirements(null, null, new BigDecimal("0.8"));
    assertEquals(
        Completion.INCOMPLETE,
        TrackingRules.scorm2004(scorm2004("completed", null, null, "0.75"), threshold)
            .completion());
    assertEquals(
        Completion.COMPLETED,
        TrackingRules.scorm2004(scorm2004("incomplete", null, null, "0.8"), threshold)
            .completion());
  }

  @Test
  void scorm2004WithoutProgressMeasureKeepsTheReportedCompletion() {
    ScoRequirements threshold = new ScoRequirements(null, null, new BigDecimal("0.8"));
    assertEquals(
        Completion.COMPLETED,
        TrackingRules.scorm2004(scorm2004("completed", null, null, null), threshold).completion());
  }

  @Test
  void scorm2004ScaledPassingScoreDecidesSuccess() {
    ScoRequirements passing = new ScoRequirements(null, new BigDecimal("0.8"), null);
    assertEquals(
        Success.PASSED,
        TrackingRules.scorm2004(scorm2004("completed", "failed", "0.8", null), passing).success());
    ScoResult failed =
        TrackingRules.scorm2004(scorm2004("completed", "passed", "0.6", null), passing);
    assertEquals(Success.FAILED, failed.success());
    assertFalse(failed.isDone());
    assertEquals(
        Success.UNKNOWN,
        TrackingRules.scorm2004(scorm2004("completed", "passed", null, null), passing).success());
  }

  @Test
  void scorm2004WithoutRequirementsTakesTheScosWord() {
    ScoResult result =
        TrackingRules.scorm2004(
            scorm2004("completed", "passed", "0.5", null), ScoRequirements.NONE);
    assertEquals("passed", result.status());
    assertTrue(result.isDone());
  }
}
