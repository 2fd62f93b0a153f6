package dk.godstart.catalog.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivitySettingsTest {

  private static Item item(String id, Sequencing sequencing, boolean visible, List<Item> items) {
    return new Item(
        id,
        "Titel " + id,
        items.isEmpty() ? "RES-" + id : null,
        null,
        visible,
        items,
        null,
        null,
        null,
        null,
        null,
        null,
        sequencing,
        null,
        List.of());
  }

  private static final Sequencing QUIZ =
      new Sequencing(
          new ControlMode(false, true, true, true, true, false),
          new SequencingRules(
              List.of(
                  new SequencingRule(
                      "all",
                      List.of(new RuleCondition(null, 0.0, "not", "attempted")),
                      "disabled")),
              List.of(),
              List.of(
                  new SequencingRule(
                      null,
                      List.of(
                          new RuleCondition("obj-2", 0.6, "noOp", "objectiveMeasureGreaterThan")),
                      "continue"))),
          new LimitConditions(3, "PT1H"),
          List.of(),
          new RollupRules(
              true,
              false,
              0.5,
              List.of(
                  new RollupRule(
                      "atLeastCount",
                      2,
                      0.0,
                      null,
                      List.of(new RollupCondition(null, "satisfied")),
                      "satisfied"))),
          new Objectives(
              new Objective(
                  "primary", true, 0.8, List.of(new MapInfo("global-1", true, false, true, false))),
              List.of(new Objective("obj-2", false, 1.0, List.of()))),
          new RandomizationControls("never", 2, true, "onEachNewAttempt"),
          new DeliveryControls(true, true, false),
          new ConstrainedChoiceConsiderations(true, false),
          null,
          List.of());

  private static final Organization ORGANIZATION =
      new Organization(
          "ORG",
          "Forløb",
          List.of(
              item("intro", null, true, List.of()),
              item("module", QUIZ, false, List.of(item("quiz", null, true, List.of())))),
          null,
          true,
          false);

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> activity, int index) {
    return ((List<Map<String, Object>>) activity.get("children")).get(index);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void theTreeFollowsTheOrganizationWithIdentifiersTitlesAndHiddenActivities() {
    Map<String, Object> root = ActivitySettings.of(ORGANIZATION);

    assertEquals("ORG", root.get("id"));
    assertEquals("Forløb", root.get("title"));
    assertEquals("intro", child(root, 0).get("id"));
    assertFalse(child(root, 0).containsKey("isVisible"));
    assertEquals(false, child(root, 1).get("isVisible"));
    assertEquals("quiz", child(child(root, 1), 0).get("id"));
    assertFalse(child(root, 0).containsKey("children"));
  }

  @Test
  void anActivityWithoutSequencingLeavesTheEngineItsDefaults() {
    Map<String, Object> intro = child(ActivitySettings.of(ORGANIZATION), 0);

    assertEquals(Map.of(), intro.get("sequencingControls"));
    assertFalse(intro.containsKey("sequencingRules"));
    assertFalse(intro.containsKey("primaryObjective"));
  }

  @Test
  void controlsRulesLimitsAndObjectivesAreNamedAsTheEngineNamesThem() {
    Map<String, Object> module = child(ActivitySettings.of(ORGANIZATION), 1);

    Map<String, Object> controls = map(module.get("sequencingControls"));
    assertEquals(false, controls.get("choice"));
    assertEquals(true, controls.get("forwardOnly"));
    assertEquals(false, controls.get("rollupProgressCompletion"));
    assertEquals(0.5, controls.get("objectiveMeasureWeight"));
    assertEquals(2, controls.get("selectCount"));
    assertEquals(true, controls.get("randomizeChildren"));
    assertEquals(true, controls.get("preventActivation"));
    assertEquals(true, map(module.get("deliveryControls")).get("completionSetByContent"));
    assertEquals(3, module.get("attemptLimit"));
    assertEquals("PT1H", module.get("attemptAbsoluteDurationLimit"));

    Map<String, Object> rules = map(module.get("sequencingRules"));
    Map<String, Object> pre = map(((List<?>) rules.get("preConditionRules")).get(0));
    assertEquals("disabled", pre.get("action"));
    assertEquals(
        List.of(Map.of("condition", "attempted", "operator", "not")), pre.get("conditions"));
    Map<String, Object> post = map(((List<?>) rules.get("postConditionRules")).get(0));
    assertEquals("all", post.get("conditionCombination"));
    Map<String, Object> measure = map(((List<?>) post.get("conditions")).get(0));
    assertEquals(Map.of("threshold", 0.6), measure.get("parameters"));
    assertEquals("obj-2", measure.get("referencedObjective"));
    assertFalse(measure.containsKey("operator"), "noOp is the engine's default");

    Map<String, Object> rollup =
        map(((List<?>) map(module.get("rollupRules")).get("rules")).get(0));
    assertEquals("atLeastCount", rollup.get("consideration"));
    assertEquals(2, rollup.get("minimumCount"));
    assertEquals("any", rollup.get("conditionCombination"));
    assertEquals(
        List.of(Map.of("condition", "satisfied", "operator", "noOp")), rollup.get("conditions"));
  }

  @Test
  void objectivesReachTheEngineWithTheirIdsAndMaps() {
    Map<String, Object> module = child(ActivitySettings.of(ORGANIZATION), 1);

    Map<String, Object> primary = map(module.get("primaryObjective"));
    assertEquals("primary", primary.get("objectiveID"));
    assertEquals(0.8, primary.get("minNormalizedMeasure"));
    assertTrue((Boolean) primary.get("satisfiedByMeasure"));
    Map<String, Object> mapInfo = map(((List<?>) primary.get("mapInfo")).get(0));
    assertEquals("global-1", mapInfo.get("targetObjectiveID"));
    assertEquals(true, mapInfo.get("writeSatisfiedStatus"));
    assertEquals("obj-2", map(((List<?>) module.get("objectives")).get(0)).get("objectiveID"));
  }
}
