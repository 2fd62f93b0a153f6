package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.kernel.Detail;
import java.util.List;

/**
 * What reading a manifest gave: the manifest, or the problems that kept it from being read (never
 * both).
 *
 * @param manifest null when refused
 * @param problems empty when read
 */
public record ManifestReading(Manifest manifest, List<Detail> problems) {

  public ManifestReading {
    problems = List.copyOf(problems);
    if ((manifest == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("A reading has a manifest or problems, not both");
    }
  }

  public static ManifestReading read(Manifest manifest) {
    return new ManifestReading(manifest, List.of());
  }

  public static ManifestReading refused(List<Detail> problems) {
    return new ManifestReading(null, problems);
  }

  public boolean succeeded() {
    return manifest != null;
  }
}
