package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.kernel.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every {@code identifierref} of an item or a dependency names a resource: an item pointing nowhere
 * cannot be launched, and a missing dependency means missing files at run time.
 */
public final class IdentifierRefsResolve implements PackageRule {

  @Override
  public List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    Set<String> resources =
        manifest.resources().stream().map(Resource::identifier).collect(Collectors.toSet());
    List<Detail> problems = new ArrayList<>();
    for (Item item : ItemTree.items(manifest)) {
      String ref = item.identifierref();
      if (ref != null && !resources.contains(ref)) {
        problems.add(
            Detail.of(
                ProblemCodes.IDENTIFIERREF_UNKNOWN,
                ManifestLocations.item(item.identifier()),
                ref,
                item.identifier()));
      }
    }
    for (Resource resource : manifest.resources()) {
      for (String ref : resource.dependencies()) {
        if (!resources.contains(ref)) {
          problems.add(
              Detail.of(
                  ProblemCodes.IDENTIFIERREF_UNKNOWN,
                  ManifestLocations.dependency(resource.identifier()),
                  ref,
                  resource.identifier()));
        }
      }
    }
    return problems;
  }
}
