package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ManifestLocations;
import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the manifest sits among the unpacked files. At the root is right. Inside one top-level
 * folder that holds everything is a common export mistake (zipping the folder instead of its
 * contents), repaired by moving the folder's contents up. Anywhere else is an error; and without
 * any manifest, the files may show that this is another kind of e-learning package.
 */
final class PackageLayout {

  private static final String MANIFEST = ManifestLocations.MANIFEST;
  private static final Set<String> AICC_EXTENSIONS = Set.of("au", "crs", "des", "cst");

  private PackageLayout() {}

  /** The folder that holds every file and the manifest, or null when there is no such folder. */
  static String topFolder(List<String> files) {
    String first = files.get(0);
    int slash = first.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String folder = first.substring(0, slash);
    boolean allInside = files.stream().allMatch(f -> f.startsWith(folder + "/"));
    return allInside && files.contains(folder + "/" + MANIFEST) ? folder : null;
  }

  /**
   * The problem to report when the manifest is neither at the root nor in a top folder: another
   * format's own file says most, then a manifest in the wrong place, else no manifest at all.
   */
  static Refused withoutManifest(List<String> files) {
    String unsupported = unsupportedFormat(files);
    if (unsupported != null) {
      return new Refused(ProblemCodes.PACKAGE_UNSUPPORTED, "", unsupported);
    }
    String elsewhere =
        files.stream()
            .filter(PackageLayout::isManifest)
            .min(Comparator.comparingInt(f -> f.split("/").length))
            .orElse(null);
    if (elsewhere != null) {
      return new Refused(ProblemCodes.MANIFEST_ELSEWHERE, elsewhere, elsewhere);
    }
    return new Refused(ProblemCodes.MANIFEST_MISSING, MANIFEST);
  }

  private static boolean isManifest(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.equals(MANIFEST) || lower.endsWith("/" + MANIFEST);
  }

  /**
   * cmi5 and xAPI packages announce themselves by a file of their own. AICC has four descriptor
   * files; a .crs (course) file or two of the four kinds is taken as AICC, so that a lone .au sound
   * file does not count.
   */
  private static String unsupportedFormat(List<String> files) {
    Set<String> names =
        files.stream()
            .map(f -> f.substring(f.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    if (names.contains("cmi5.xml")) {
      return "cmi5";
    }
    if (names.contains("tincan.xml")) {
      return "xAPI (Tin Can)";
    }
    Set<String> aicc =
        names.stream()
            .filter(n -> n.lastIndexOf('.') > 0)
            .map(n -> n.substring(n.lastIndexOf('.') + 1))
            .filter(AICC_EXTENSIONS::contains)
            .collect(Collectors.toSet());
    return aicc.contains("crs") || aicc.size() >= 2 ? "AICC" : null;
  }

  /**
   * Moves the folder's contents up to the target. The folder is first renamed to a name that cannot
   * clash with its own contents (it may hold a folder of the same name), and everything happens
   * inside the target, so a failure leaves nothing outside it.
   */
  static void flatten(Path target, String folder) {
    try {
      Path staging = target.resolve(".flatten-" + UUID.randomUUID());
      for (Path other : list(target)) {
        if (!other.getFileName().toString().equals(folder)) {
          // Only empty folders can be left beside the top folder: all files are inside it.
          DirectoryTrees.delete(other);
        }
      }
      Files.move(target.resolve(folder), staging);
      for (Path child : list(staging)) {
        Files.move(child, target.resolve(child.getFileName().toString()));
      }
      Files.delete(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      return children.toList();
    }
  }
}
