package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.kernel.Detail;
import java.util.List;

/**
 * What unpacking an upload gave: a package on disk with its manifest, or the reasons it was not.
 */
public sealed interface UnpackOutcome {

  /**
   * The package is in the target directory and passed every rule.
   *
   * @param fileCount the files written (folders and skipped macOS litter not counted)
   * @param totalBytes their total size
   * @param notes things the author should know that did not stop the import
   */
  record Unpacked(Manifest manifest, long fileCount, long totalBytes, List<Detail> notes)
      implements UnpackOutcome {

    public Unpacked {
      notes = List.copyOf(notes);
    }
  }

  /** Nothing was kept; the problems say why. */
  record Rejected(List<Detail> problems) implements UnpackOutcome {

    public Rejected {
      problems = List.copyOf(problems);
    }
  }
}
