package dk.godstart.catalog.infrastructure;

import static dk.godstart.catalog.infrastructure.Manifests.NAMESPACES_2004;
import static dk.godstart.catalog.infrastructure.Manifests.manifest;
import static dk.godstart.catalog.infrastructure.Manifests.read;
import static dk.godstart.catalog.infrastructure.Manifests.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.godstart.catalog.domain.manifest.AdlMapInfo;
import dk.godstart.catalog.domain.manifest.AdlObjective;
import dk.godstart.catalog.domain.manifest.AuxiliaryResource;
import dk.godstart.catalog.domain.manifest.ConstrainedChoiceConsiderations;
import dk.godstart.catalog.domain.manifest.ControlMode;
import dk.godstart.catalog.domain.manifest.DeliveryControls;
import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.LimitConditions;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.MapInfo;
import dk.godstart.catalog.domain.manifest.Objective;
import dk.godstart.catalog.domain.manifest.RandomizationControls;
import dk.godstart.catalog.domain.manifest.RollupCondition;
import dk.godstart.catalog.domain.manifest.RollupConsiderations;
import dk.godstart.catalog.domain.manifest.RollupRule;
import dk.godstart.catalog.domain.manifest.RuleCondition;
import dk.godstart.catalog.domain.manifest.Sequencing;
import dk.godstart.catalog.domain.manifest.SequencingRule;
import dk.godstart.kernel.Detail;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderSequencingTest {

  private static final Manifest FULL = Manifests.resource("full-2004-4th.xml");

  private static Sequencing stepTwo() {
    return FULL.organizations().get(0).items().get(1).items().get(1).sequencing();
  }

  @Test
  void controlModeIsReadAttributeByAttribute() {
    assertEquals(new ControlMode(false, false, true, true, false, false), stepTwo().controlMode());
    assertEquals(
        new ControlMode(false, true, true, false, true, true),
        FULL.organizations().get(0).sequencing().controlMode());
  }

  @Test
  void preExitAndPostConditionRulesKeepTheirConditionsAndAction() {
    SequencingRule pre = stepTwo().sequencingRules().preConditionRules().get(0);
    assertEquals("any", pre.conditionCombination());
    assertEquals("disabled", pre.action());
    assertEquals(
        List.of(
            new RuleCondition("step-1-passed", 0.0, "not", "satisfied"),
            new RuleCondition(null, 0.0, "noOp", "attemptLimitExceeded")),
        pre.conditions());
    assertEquals(
        List.of(
            new SequencingRule(
                "all", List.of(new RuleCondition(null, 0.0, "noOp", "completed")), "exit")),
        stepTwo().sequencingRules().exitConditionRules());
    assertEquals(
        new RuleCondition(null, 0.5, "noOp", "objectiveMeasureGreaterThan"),
        stepTwo().sequencingRules().postConditionRules().get(0).conditions().get(0));
  }

  @Test
  void limitsAuxiliaryResourcesRandomizationAndDeliveryAreRead() {
    assertEquals(new LimitConditions(3, "PT1H30M"), stepTwo().limitConditions());
    assertEquals(
        List.of(new AuxiliaryResource("urn:godstart:ordbog", "glossary")),
        stepTwo().auxiliaryResources());
    assertEquals(
        new RandomizationControls("onEachNewAttempt", 2, true, "once"),
        stepTwo().randomizationControls());
    assertEquals(new DeliveryControls(false, false, false), stepTwo().deliveryControls());
  }

  @Test
  void rollupRulesKeepTheirChildSetsAndConditions() {
    assertEquals(false, stepTwo().rollupRules().rollupObjectiveSatisfied());
    assertEquals(false, stepTwo().rollupRules().rollupProgressCompletion());
    assertEquals(0.5, stepTwo().rollupRules().objectiveMeasureWeight());
    assertEquals(
        List.of(
            new RollupRule(
                "atLeastPercent",
                0,
                0.6,
                "all",
                List.of(
                    new RollupCondition("noOp", "satisfied"),
                    new RollupCondition("not", "attempted")),
                "satisfied"),
            new RollupRule(
                "atLeastCount",
                2,
                0.0,
                "any",
                List.of(new RollupCondition("noOp", "completed")),
                "completed")),
        stepTwo().rollupRules().rules());
  }

  @Test
  void objectivesKeepMeasureAndMapInfo() {
    assertEquals(
        new Objective(
            "step-2-passed",
            true,
            0.8,
            List.of(new MapInfo("global-step-2", false, true, true, true))),
        stepTwo().objectives().primaryObjective());
    assertEquals(
        List.of(
            new Objective(
                "step-1-passed",
                false,
                1.0,
                List.of(new MapInfo("global-step-1", true, true, false, false)))),
        stepTwo().objectives().objectives());
  }

  @Test
  void adlseqExtensionsAreRead() {
    assertEquals(
        new ConstrainedChoiceConsiderations(true, true),
        stepTwo().constrainedChoiceConsiderations());
    assertEquals(
        new RollupConsiderations(
            "ifAttempted", "ifNotSkipped", "ifNotSuspended", "ifAttempted", false),
        stepTwo().rollupConsiderations());
    assertEquals(
        List.of(
            new AdlObjective(
                "step-2-passed",
                List.of(
                    new AdlMapInfo(
                        "global-step-2",
                        true,
                        true,
                        true,
                        true,
                        false,
                        true,
                        false,
                        false,
                        true,
                        false)))),
        stepTwo().adlObjectives());
  }

  @Test
  void anEmptySequencingElementMeansTheSpecsDefaults() {
    String xml =
        with(
            NAMESPACES_2004,
            "2004 4th Edition",
            "<organizations default=\"O\"><organization identifier=\"O\"><title>O</title>"
                + "<item identifier=\"I\"><title>I</title><imsss:sequencing/></item>"
                + "<item identifier=\"J\"><title>J</title></item>"
                + "</organization></organizations>");
    Manifest manifest = manifest(xml);
    Sequencing defaults = manifest.organizations().get(0).items().get(0).sequencing();
    assertEquals(Sequencing.defaults(), defaults);
    assertEquals(new ControlMode(true, true, false, false, true, true), defaults.controlMode());
    assertEquals(new DeliveryControls(true, false, false), defaults.deliveryControls());
    assertEquals(true, defaults.rollupRules().rollupObjectiveSatisfied());
    assertEquals(true, defaults.rollupRules().rollupProgressCompletion());
    assertEquals(1.0, defaults.rollupRules().objectiveMeasureWeight());
    assertNull(manifest.organizations().get(0).items().get(1).sequencing());
  }

  @Test
  void aPrimaryObjectiveWithoutAttributesSatisfiesByStatusAtFullMeasure() {
    String xml =
        with(
            NAMESPACES_2004,
            "2004 4th Edition",
            "<organizations><organization identifier=\"O\"><title>O</title>"
                + "<item identifier=\"I\"><title>I</title><imsss:sequencing><imsss:objectives>"
                + "<imsss:primaryObjective objectiveID=\"p\"/>"
                + "</imsss:objectives></imsss:sequencing></item></organization></organizations>");
    Item item = manifest(xml).organizations().get(0).items().get(0);
    assertEquals(
        new Objective("p", false, 1.0, List.of()),
        item.sequencing().objectives().primaryObjective());
  }

  @Test
  void aCollectionEntryIsMergedWithTheItemsOwnElementsWinning() {
    Sequencing intro = FULL.organizations().get(0).items().get(0).sequencing();
    // From the collection entry SEQ-common:
    assertEquals(new ControlMode(true, true, true, false, true, true), intro.controlMode());
    assertEquals(new LimitConditions(2, null), intro.limitConditions());
    // The item's own deliveryControls replaces the collection's:
    assertEquals(new DeliveryControls(true, true, true), intro.deliveryControls());
  }

  @Test
  void anUnknownCollectionReferenceIsAProblem() {
    String xml =
        with(
            NAMESPACES_2004,
            "2004 4th Edition",
            "<organizations><organization identifier=\"O\"><title>O</title>"
                + "<item identifier=\"I\"><title>I</title><imsss:sequencing IDRef=\"NOPE\"/></item>"
                + "</organization></organizations>");
    assertEquals(
        List.of(
            Detail.of(
                "manifest.sequencing-collection-unknown",
                "imsmanifest.xml: item[@identifier='I']",
                "NOPE")),
        read(xml).problems());
  }
}
