package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;

/** The organization named as {@code default} is the one learners get, so it must exist. */
public final class DefaultOrganizationExists implements PackageRule {

  @Override
  public List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    String named = manifest.defaultOrganization();
    boolean exists =
        manifest.organizations().stream()
            .anyMatch(o -> named != null && named.equals(o.identifier()));
    if (named != null && !exists) {
      return List.of(
          Detail.of(
              ProblemCodes.DEFAULT_ORGANIZATION_UNKNOWN, ManifestLocations.organizations(), named));
    }
    return List.of();
  }
}
