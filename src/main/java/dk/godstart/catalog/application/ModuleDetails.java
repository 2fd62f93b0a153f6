package dk.godstart.catalog.application;

import dk.godstart.catalog.domain.ModuleDescription;
import dk.godstart.catalog.domain.PackageVersion;
import java.time.Instant;
import java.util.List;

/** A module's page: what the author wrote, its current package's outline, and its versions. */
public record ModuleDetails(
    long id,
    ModuleDescription description,
    VersionSummary current,
    List<OutlineNode> outline,
    List<VersionSummary> versions) {

  /** One version in the history. */
  public record VersionSummary(
      long id,
      int number,
      String scormVersion,
      String edition,
      long fileCount,
      long sizeBytes,
      int scoCount,
      String uploadedBy,
      Instant uploadedAt,
      Instant retiredAt,
      boolean current) {

    static VersionSummary of(PackageVersion version, boolean current) {
      return new VersionSummary(
          version.id(),
          version.number(),
          version.edition().version(),
          version.edition().label(),
          version.fileCount(),
          version.sizeBytes(),
          version.scoCount(),
          version.uploadedBy() == null ? null : version.uploadedBy().displayName(),
          version.uploadedAt(),
          version.retiredAt(),
          current);
    }

    public boolean retired() {
      return retiredAt != null;
    }
  }
}
