package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.kernel.Detail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organizations, items and resources share one identifier space (they are XML IDs), and the player,
 * the tracking data and every {@code identifierref} find things by identifier. Each duplicated
 * identifier is reported once, where it occurs the second time.
 */
public final class IdentifiersAreUnique implements PackageRule {

  @Override
  public List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    List<Detail> problems = new ArrayList<>();
    for (Named named : identifiers(manifest)) {
      if (named.identifier() != null
          && !seen.add(named.identifier())
          && reported.add(named.identifier())) {
        problems.add(
            Detail.of(ProblemCodes.IDENTIFIER_DUPLICATE, named.location(), named.identifier()));
      }
    }
    return problems;
  }

  private static List<Named> identifiers(Manifest manifest) {
    List<Named> all = new ArrayList<>();
    for (Organization organization : manifest.organizations()) {
      all.add(
          new Named(
              organization.identifier(),
              ManifestLocations.organization(organization.identifier())));
    }
    for (Item item : ItemTree.items(manifest)) {
      all.add(new Named(item.identifier(), ManifestLocations.item(item.identifier())));
    }
    for (Resource resource : manifest.resources()) {
      all.add(new Named(resource.identifier(), ManifestLocations.resource(resource.identifier())));
    }
    return all;
  }

  private record Named(String identifier, String location) {}
}
