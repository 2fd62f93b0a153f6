package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.ScormType;
import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;

/** A package with neither an organization nor a SCO gives a learner nothing to open. */
public final class HasOrganizationOrSco implements PackageRule {

  @Override
  public List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    boolean hasSco = manifest.resources().stream().anyMatch(r -> r.scormType() == ScormType.SCO);
    if (manifest.organizations().isEmpty() && !hasSco) {
      return List.of(
          Detail.of(ProblemCodes.NO_ORGANIZATION_AND_NO_SCO, ManifestLocations.manifest()));
    }
    return List.of();
  }
}
