package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;

/** The rules every imported package must satisfy, in the order their problems are shown. */
public final class PackageRules {

  private PackageRules() {}

  public static List<PackageRule> all() {
    return List.of(
        new HasOrganizationOrSco(),
        new DefaultOrganizationExists(),
        new IdentifiersAreUnique(),
        new IdentifierRefsResolve(),
        new ScosHaveHref(),
        new LaunchFilesExist());
  }

  public static List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    return all().stream().flatMap(rule -> rule.check(manifest, packageFiles).stream()).toList();
  }
}
