package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;

/**
 * One thing a package must satisfy before it is stored. Rules are pure and independent of each
 * other, so the import runs them all and shows the author every problem at once.
 */
public interface PackageRule {

  /**
   * @param packageFiles the paths of the package's files relative to its root, with "/" between
   *     folders (as they were written to disk)
   * @return the problems found; empty when the rule holds
   */
  List<Detail> check(Manifest manifest, Set<String> packageFiles);
}
