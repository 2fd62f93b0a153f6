package dk.godstart.player.application;

import dk.godstart.catalog.domain.manifest.CompletionThreshold;
import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Launchable;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Objective;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.catalog.domain.manifest.Sequencing;
import dk.godstart.player.domain.ModuleCompletion;
import dk.godstart.player.domain.Rollup;
import dk.godstart.player.domain.ScoRequirements;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the player needs to know of a package version, read once from its manifest: the SCOs in
 * order, with what the manifest asks of each and hands to it at launch.
 */
public record PackageFacts(
    long versionId, ScormEdition edition, List<ScoFacts> scos, Organization organization) {

  /**
   * One item the player opens, a SCO or an asset: where it starts and the manifest's data for its
   * run-time (an asset has none: it has no run-time).
   */
  public record ScoFacts(
      String identifier,
      String title,
      String launch,
      boolean asset,
      ScoRequirements requirements,
      String launchData,
      String maxTimeAllowed,
      String timeLimitAction) {}

  public static PackageFacts of(long versionId, Manifest manifest) {
    Map<String, Item> items = new HashMap<>();
    Organization organization =
        manifest.organizations().isEmpty() ? null : manifest.organizations().get(0);
    if (organization != null) {
      index(organization.items(), items);
    }
    List<ScoFacts> scos =
        manifest.launchables().stream()
            .map(item -> facts(item, items.get(item.identifier())))
            .toList();
    return new PackageFacts(versionId, manifest.edition(), scos, organization);
  }

  private static void index(List<Item> items, Map<String, Item> index) {
    for (Item item : items) {
      index.put(item.identifier(), item);
      index(item.items(), index);
    }
  }

  private static ScoFacts facts(Launchable sco, Item item) {
    if (item == null || sco.isAsset()) {
      // A package without organisations: its SCO resources stand alone, with no manifest data.
      // An asset has no run-time, so no manifest data reaches one.
      return new ScoFacts(
          sco.identifier(),
          sco.title(),
          sco.launch(),
          sco.isAsset(),
          ScoRequirements.NONE,
          null,
          null,
          null);
    }
    return new ScoFacts(
        sco.identifier(),
        sco.title(),
        sco.launch(),
        false,
        new ScoRequirements(
            item.masteryScore() == null ? null : BigDecimal.valueOf(item.masteryScore()),
            scaledPassingScore(item.sequencing()),
            completionThreshold(item.completionThreshold())),
        item.dataFromLms(),
        item.maxTimeAllowed(),
        item.timeLimitAction());
  }

  private static BigDecimal scaledPassingScore(Sequencing sequencing) {
    Objective primary =
        sequencing == null || sequencing.objectives() == null
            ? null
            : sequencing.objectives().primaryObjective();
    return primary != null && primary.satisfiedByMeasure()
        ? BigDecimal.valueOf(primary.minNormalizedMeasure())
        : null;
  }

  private static BigDecimal completionThreshold(CompletionThreshold threshold) {
    return threshold != null && threshold.completedByMeasure()
        ? BigDecimal.valueOf(threshold.minProgressMeasure())
        : null;
  }

  public boolean isScorm12() {
    return edition == ScormEdition.SCORM_12;
  }

  public Optional<ScoFacts> sco(String identifier) {
    return scos.stream().filter(s -> s.identifier().equals(identifier)).findFirst();
  }

  public List<String> scoIdentifiers() {
    return scos.stream().map(ScoFacts::identifier).toList();
  }

  /**
   * When the module is completed: for SCORM 2004 with sequencing in its manifest, when the root
   * activity's rollup says so; otherwise when every SCO is done.
   */
  public ModuleCompletion completion() {
    if (isScorm12() || !hasSequencing()) {
      return ModuleCompletion.everySco(scoIdentifiers());
    }
    return Rollup.of(organization, Set.copyOf(scoIdentifiers()));
  }

  /** Whether the manifest carries SCORM 2004 sequencing for its organization or any item. */
  public boolean hasSequencing() {
    return organization != null
        && (organization.sequencing() != null || hasSequencing(organization.items()));
  }

  private static boolean hasSequencing(List<Item> items) {
    return items.stream()
        .anyMatch(item -> item.sequencing() != null || hasSequencing(item.items()));
  }
}
