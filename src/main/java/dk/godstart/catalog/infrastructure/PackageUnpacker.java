package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ManifestLocations;
import dk.godstart.catalog.domain.imports.PackageRules;
import dk.godstart.catalog.domain.imports.ProblemCodes;
import dk.godstart.kernel.Detail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an uploaded SCORM zip into a package directory, or into the reasons it cannot be one: safe
 * extraction, then the manifest's place, then reading it, then every {@link
 * dk.godstart.catalog.domain.imports.PackageRule}. The target directory either ends up holding a
 * valid package with {@code imsmanifest.xml} at its root, or does not exist at all.
 */
public final class PackageUnpacker {

  private final ImportLimits limits;
  private final int tailCapacity;
  private final ManifestReader reader = new ManifestReader();

  public PackageUnpacker(ImportLimits limits) {
    this(limits, SafeExtractor.DEFAULT_TAIL_CAPACITY);
  }

  /** With a smaller tail buffer, so that tests can reach the central directory limit cheaply. */
  PackageUnpacker(ImportLimits limits, int tailCapacity) {
    this.limits = limits;
    this.tailCapacity = tailCapacity;
  }

  public UnpackOutcome unpack(InputStream upload, Path targetDirectory) {
    return unpack(upload, targetDirectory, ProgressListener.none());
  }

  /**
   * @param targetDirectory must not exist yet; its parent must
   * @throws IllegalArgumentException if the target exists
   * @throws UncheckedIOException when the file system fails (not the upload's fault); the target is
   *     removed all the same
   */
  public UnpackOutcome unpack(InputStream upload, Path targetDirectory, ProgressListener listener) {
    Path target = targetDirectory.toAbsolutePath().normalize();
    createTarget(target);
    boolean keep = false;
    try {
      UnpackOutcome outcome = unpackInto(upload, target, listener);
      keep = outcome instanceof UnpackOutcome.Unpacked;
      return outcome;
    } catch (Refused refused) {
      return new UnpackOutcome.Rejected(List.of(refused.detail()));
    } finally {
      if (!keep) {
        DirectoryTrees.delete(target);
      }
    }
  }

  private static void createTarget(Path target) {
    try {
      Files.createDirectory(target);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException("The target directory exists already: " + target, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UnpackOutcome unpackInto(InputStream upload, Path target, ProgressListener listener)
      throws Refused {
    SafeExtractor.Extracted extracted =
        new SafeExtractor(limits, tailCapacity, listener).extract(upload, target);
    List<String> files = extracted.files();
    List<Detail> notes = new ArrayList<>();
    if (!files.contains(ManifestLocations.MANIFEST)) {
      String folder = PackageLayout.topFolder(files);
      if (folder == null) {
        throw PackageLayout.withoutManifest(files);
      }
      PackageLayout.flatten(target, folder);
      files = files.stream().map(f -> f.substring(folder.length() + 1)).toList();
      notes.add(Detail.of(ProblemCodes.TOP_FOLDER_FLATTENED, folder + "/", folder));
    }
    checkManifestSize(target.resolve(ManifestLocations.MANIFEST));
    ManifestReading reading = reader.read(target.resolve(ManifestLocations.MANIFEST));
    if (!reading.succeeded()) {
      return new UnpackOutcome.Rejected(reading.problems());
    }
    List<Detail> problems = PackageRules.check(reading.manifest(), Set.copyOf(files));
    if (!problems.isEmpty()) {
      return new UnpackOutcome.Rejected(problems);
    }
    return new UnpackOutcome.Unpacked(
        reading.manifest(), files.size(), extracted.totalBytes(), notes);
  }

  private void checkManifestSize(Path manifest) throws Refused {
    try {
      long size = Files.size(manifest);
      if (size > limits.maxManifestBytes()) {
        throw new Refused(
            ProblemCodes.MANIFEST_TOO_LARGE,
            ManifestLocations.MANIFEST,
            size,
            limits.maxManifestBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
