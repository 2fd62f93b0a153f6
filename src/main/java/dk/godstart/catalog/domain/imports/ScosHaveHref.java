package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.ScormType;
import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;

/** A SCO is launched at its href; without one the player has nothing to open. */
public final class ScosHaveHref implements PackageRule {

  @Override
  public List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    return manifest.resources().stream()
        .filter(r -> r.scormType() == ScormType.SCO && r.href() == null)
        .map(
            r ->
                Detail.of(
                    ProblemCodes.SCO_WITHOUT_HREF,
                    ManifestLocations.resource(r.identifier()),
                    r.identifier()))
        .toList();
  }
}
