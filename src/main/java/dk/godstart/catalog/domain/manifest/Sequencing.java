package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * SCORM 2004 {@code imsss:sequencing} of an item or organization, after merging with the {@code
 * imsss:sequencingCollection} entry it refers to (the item's own elements win, element by element)
 * and with the spec's defaults filled in for everything absent. The player hands this to the
 * runtime's sequencing engine.
 *
 * @param auxiliaryResources {@code imsss:auxiliaryResources}
 * @param adlObjectives the {@code adlseq:objectives} extension (4th edition): extra map info per
 *     objective, kept beside {@code objectives} as the manifest states it
 */
public record Sequencing(
    ControlMode controlMode,
    SequencingRules sequencingRules,
    LimitConditions limitConditions,
    List<AuxiliaryResource> auxiliaryResources,
    RollupRules rollupRules,
    Objectives objectives,
    RandomizationControls randomizationControls,
    DeliveryControls deliveryControls,
    ConstrainedChoiceConsiderations constrainedChoiceConsiderations,
    RollupConsiderations rollupConsiderations,
    List<AdlObjective> adlObjectives) {

  public Sequencing {
    auxiliaryResources = ImmutableLists.copy(auxiliaryResources);
    adlObjectives = ImmutableLists.copy(adlObjectives);
  }

  /** What an activity behaves like when the manifest says nothing about its sequencing. */
  public static Sequencing defaults() {
    return new Sequencing(
        ControlMode.defaults(),
        SequencingRules.none(),
        LimitConditions.defaults(),
        List.of(),
        RollupRules.defaults(),
        Objectives.none(),
        RandomizationControls.defaults(),
        DeliveryControls.defaults(),
        ConstrainedChoiceConsiderations.defaults(),
        RollupConsiderations.defaults(),
        List.of());
  }
}
