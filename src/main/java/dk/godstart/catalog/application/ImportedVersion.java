package dk.godstart.catalog.application;

import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.catalog.domain.manifest.Sco;
import dk.godstart.kernel.Detail;
import java.util.List;

/** The outcome of a successful upload: the module, its new version, its SCOs and any notes. */
public record ImportedVersion(
    long moduleId,
    long versionId,
    int version,
    String title,
    String scormVersion,
    String edition,
    List<Sco> scos,
    List<Detail> notes) {

  static ImportedVersion of(PackageVersion version, List<Detail> notes) {
    return new ImportedVersion(
        version.module().id(),
        version.id(),
        version.number(),
        version.module().title(),
        version.edition().version(),
        version.edition().label(),
        version.manifest().scos(),
        notes);
  }
}
