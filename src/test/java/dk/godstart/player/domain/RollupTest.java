package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.domain.manifest.ConstrainedChoiceConsiderations;
import dk.godstart.catalog.domain.manifest.ControlMode;
import dk.godstart.catalog.domain.manifest.DeliveryControls;
import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.LimitConditions;
import dk.godstart.catalog.domain.manifest.Objective;
import dk.godstart.catalog.domain.manifest.Objectives;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.RandomizationControls;
import dk.godstart.catalog.domain.manifest.RollupCondition;
import dk.godstart.catalog.domain.manifest.RollupConsiderations;
import dk.godstart.catalog.domain.manifest.RollupRule;
import dk.godstart.catalog.domain.manifest.RollupRules;
import dk.godstart.catalog.domain.manifest.Sequencing;
import dk.godstart.catalog.domain.manifest.SequencingRules;
import dk.godstart.player.domain.Rollup.Activity;
import dk.godstart.player.domain.ScoResult.Completion;
import dk.godstart.player.domain.ScoResult.Success;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupTest {

  private static final ScoResult COMPLETED =
      new ScoResult(Completion.COMPLETED, Success.UNKNOWN, null, null);
  private static final ScoResult INCOMPLETE =
      new ScoResult(Completion.INCOMPLETE, Success.UNKNOWN, null, null);
  private static final ScoResult PASSED =
      new ScoResult(Completion.COMPLETED, Success.PASSED, null, null);
  private static final ScoResult FAILED =
      new ScoResult(Completion.COMPLETED, Success.FAILED, null, null);

  private static Sequencing sequencing(
      RollupRules rules, RollupConsiderations considerations, boolean tracked, Objective primary) {
    return new Sequencing(
        ControlMode.defaults(),
        SequencingRules.none(),
        LimitConditions.defaults(),
        List.of(),
        rules,
        new Objectives(primary, List.of()),
        RandomizationControls.defaults(),
        new DeliveryControls(tracked, false, false),
        ConstrainedChoiceConsiderations.defaults(),
        considerations,
        List.of());
  }

  private static Sequencing rules(RollupRule... rules) {
    return sequencing(
        new RollupRules(true, true, 1.0, List.of(rules)),
        RollupConsiderations.defaults(),
        true,
        null);
  }

  private static RollupRule rule(String set, String condition, String action) {
    return new RollupRule(
        set, 0, 0, "any", List.of(new RollupCondition("noOp", condition)), action);
  }

  private static Activity sco(String id) {
    return new Activity(id, true, List.of(), null);
  }

  private static Activity sco(String id, Sequencing sequencing) {
    return new Activity(id, true, List.of(), sequencing);
  }

  private static Activity cluster(String id, Sequencing sequencing, Activity... children) {
    return new Activity(id, false, List.of(children), sequencing);
  }

  private static Map<String, ScoResult> results(Object... pairs) {
    Map<String, ScoResult> results = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      results.put((String) pairs[i], (ScoResult) pairs[i + 1]);
    }
    return results;
  }

  @Test
  void withoutRulesTheModuleIsCompletedWhenEveryScoIs() {
    Rollup rollup = new Rollup(cluster("root", null, sco("a"), sco("b")));

    assertFalse(rollup.isCompleted(results("a", COMPLETED)));
    assertTrue(rollup.isCompleted(results("a", COMPLETED, "b", COMPLETED)));
  }

  @Test
  void aKnownIncompleteChildMakesTheParentIncompleteAnUntouchedOneLeavesItUnknown() {
    Rollup rollup = new Rollup(cluster("root", null, sco("a"), sco("b")));

    assertEquals(Boolean.FALSE, rollup.statusOf(results("a", INCOMPLETE)).completed());
    assertNull(rollup.statusOf(results("a", COMPLETED)).completed());
  }

  @Test
  void aFailedScoMakesTheRootNotSatisfiedAndTheModuleNotCompleted() {
    Rollup rollup = new Rollup(cluster("root", null, sco("a"), sco("b")));

    Map<String, ScoResult> results = results("a", PASSED, "b", FAILED);

    assertEquals(Boolean.FALSE, rollup.statusOf(results).satisfied());
    assertFalse(rollup.isCompleted(results));
  }

  @Test
  void aRuleThatOneCompletedChildIsEnoughCompletesTheModuleEarly() {
    Rollup rollup =
        new Rollup(
            cluster(
                "root",
                rules(rule("any", "completed", "completed")),
                sco("a"),
                sco("b"),
                sco("c")));

    assertTrue(rollup.isCompleted(results("b", COMPLETED)));
  }

  @Test
  void atLeastCountAndAtLeastPercentCountTheChildrenThatHold() {
    RollupRule twoPassed =
        new RollupRule(
            "atLeastCount",
            2,
            0,
            "any",
            List.of(new RollupCondition("noOp", "satisfied")),
            "satisfied");
    RollupRule halfCompleted =
        new RollupRule(
            "atLeastPercent",
            0,
            0.5,
            "any",
            List.of(new RollupCondition("noOp", "completed")),
            "completed");
    Rollup rollup =
        new Rollup(cluster("root", rules(twoPassed, halfCompleted), sco("a"), sco("b"), sco("c")));

    Rollup.Status one = rollup.statusOf(results("a", PASSED));
    Rollup.Status two = rollup.statusOf(results("a", PASSED, "b", PASSED));

    assertNull(one.satisfied());
    assertNull(one.completed(), "one of three is under half");
    assertEquals(Boolean.TRUE, two.satisfied());
    assertEquals(Boolean.TRUE, two.completed());
  }

  @Test
  void aNegativeRuleAppliesFirstAndAPositiveOneOverridesIt() {
    Rollup rollup =
        new Rollup(
            cluster(
                "root",
                rules(
                    rule("any", "attempted", "incomplete"), rule("all", "completed", "completed")),
                sco("a"),
                sco("b")));

    assertEquals(Boolean.FALSE, rollup.statusOf(results("a", COMPLETED)).completed());
    assertEquals(
        Boolean.TRUE, rollup.statusOf(results("a", COMPLETED, "b", COMPLETED)).completed());
  }

  @Test
  void notOfAnUnknownStatusIsStillUnknown() {
    RollupRule notCompleted =
        new RollupRule(
            "any", 0, 0, "any", List.of(new RollupCondition("not", "completed")), "incomplete");
    Rollup rollup = new Rollup(cluster("root", rules(notCompleted), sco("a")));

    assertNull(rollup.statusOf(results()).completed(), "an untouched SCO is not known incomplete");
    assertEquals(Boolean.FALSE, rollup.statusOf(results("a", INCOMPLETE)).completed());
  }

  @Test
  void aChildThatDoesNotRollUpProgressDoesNotHoldTheModuleBack() {
    Sequencing optional =
        sequencing(
            new RollupRules(true, false, 1.0, List.of()),
            RollupConsiderations.defaults(),
            true,
            null);
    Rollup rollup = new Rollup(cluster("root", null, sco("pretest", optional), sco("a")));

    assertTrue(rollup.isCompleted(results("a", COMPLETED)));
  }

  @Test
  void anUntrackedChildDoesNotCount() {
    Sequencing untracked =
        sequencing(RollupRules.defaults(), RollupConsiderations.defaults(), false, null);
    Rollup rollup = new Rollup(cluster("root", null, sco("intro", untracked), sco("a")));

    assertTrue(rollup.isCompleted(results("a", COMPLETED)));
  }

  @Test
  void requiredIfAttemptedCountsAChildOnlyOnceItWasAttempted() {
    Sequencing ifAttempted =
        sequencing(
            RollupRules.defaults(),
            new RollupConsiderations("always", "always", "ifAttempted", "ifAttempted", true),
            true,
            null);
    Rollup rollup = new Rollup(cluster("root", null, sco("extra", ifAttempted), sco("a")));

    assertTrue(rollup.isCompleted(results("a", COMPLETED)));
    assertFalse(rollup.isCompleted(results("a", COMPLETED, "extra", INCOMPLETE)));
  }

  @Test
  void satisfiedByMeasureComparesTheWeightedMeasureWithTheMinimum() {
    Sequencing heavy =
        sequencing(
            new RollupRules(true, true, 3.0, List.of()),
            RollupConsiderations.defaults(),
            true,
            null);
    Sequencing byMeasure =
        sequencing(
            RollupRules.defaults(),
            RollupConsiderations.defaults(),
            true,
            new Objective("mål", true, 0.7, List.of()));
    Rollup rollup = new Rollup(cluster("root", byMeasure, sco("a", heavy), sco("b")));

    Rollup.Status status =
        rollup.statusOf(
            results(
                "a",
                    new ScoResult(
                        Completion.COMPLETED, Success.UNKNOWN, null, new BigDecimal("0.8")),
                "b",
                    new ScoResult(
                        Completion.COMPLETED, Success.UNKNOWN, null, new BigDecimal("0.4"))));

    assertEquals(0.7, status.measure(), 1e-9);
    assertEquals(Boolean.TRUE, status.satisfied());
  }

  @Test
  void clustersRollUpLevelByLevel() {
    Rollup rollup =
        new Rollup(
            cluster(
                "root",
                null,
                cluster("del-1", rules(rule("any", "completed", "completed")), sco("a"), sco("b")),
                cluster("del-2", null, sco("c"))));

    assertFalse(rollup.isCompleted(results("a", COMPLETED)));
    assertTrue(rollup.isCompleted(results("a", COMPLETED, "c", COMPLETED)));
  }

  @Test
  void anAssetLeafCarriesNoDataAndDoesNotCount() {
    Rollup rollup =
        new Rollup(cluster("root", null, new Activity("pdf", false, List.of(), null), sco("a")));

    assertTrue(rollup.isCompleted(results("a", COMPLETED)));
  }

  @Test
  void theTreeIsReadFromTheOrganizationWithTheScosNamed() {
    Organization organization =
        new Organization(
            "org",
            "Modul",
            List.of(
                Item.of("a", "A", "res-a", List.of()), Item.of("pdf", "Pdf", "res-pdf", List.of())),
            rules(rule("all", "completed", "completed")),
            false,
            false);

    Rollup rollup = Rollup.of(organization, Set.of("a"));

    assertTrue(rollup.isCompleted(results("a", COMPLETED)));
  }
}
