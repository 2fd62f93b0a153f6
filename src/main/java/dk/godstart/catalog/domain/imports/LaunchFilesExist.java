package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Href;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.catalog.domain.manifest.ScormType;
import dk.godstart.kernel.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The file a SCO starts at must be in the package, or the learner meets a "not found" page. A SCO
 * hosted elsewhere (an absolute URL) is not checked: that file is not ours to have.
 */
public final class LaunchFilesExist implements PackageRule {

  @Override
  public List<Detail> check(Manifest manifest, Set<String> packageFiles) {
    List<Detail> problems = new ArrayList<>();
    for (Resource resource : manifest.resources()) {
      String file = resource.scormType() == ScormType.SCO ? Href.filePath(resource.href()) : null;
      if (file != null && !packageFiles.contains(file)) {
        problems.add(
            Detail.of(
                ProblemCodes.LAUNCH_MISSING,
                ManifestLocations.resource(resource.identifier()),
                file,
                resource.identifier()));
      }
    }
    return problems;
  }
}
