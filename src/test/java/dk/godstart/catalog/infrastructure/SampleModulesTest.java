package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo modules under {@code modules/}, zipped as the build zips them (with {@code _common}
 * under {@code common/}), are accepted with the edition and SCOs their README promises.
 */
class SampleModulesTest {

  private static final Path MODULES = Path.of("modules");

  @TempDir Path root;

  @ParameterizedTest(name = "{0}: {1}, {2} SCO(s)")
  @CsvSource({
    "partshoering, SCORM_2004_4TH, 1",
    "begrundelse-klagevejledning, SCORM_12, 1",
    "notatpligt, SCORM_12, 1",
    "underretninger, SCORM_2004_4TH, 1",
    "boernefaglig-undersoegelse, SCORM_2004_4TH, 4",
    "barnets-plan, SCORM_2004_3RD, 3",
    "sygedagpenge-opfoelgning, SCORM_12, 3",
    "tavshedspligt-persondata, SCORM_2004_4TH, 1"
  })
  void eachSampleModuleIsAccepted(String module, ScormEdition edition, int scos) {
    ScormPackageBuilder zip =
        ScormPackageBuilder.ofDirectory(MODULES.resolve(module))
            .directory(MODULES.resolve("_common"), "common/");
    Unpacking sandbox = new Unpacking(root);
    UnpackOutcome.Unpacked unpacked = sandbox.accepted(sandbox.unpack(zip));
    assertEquals(edition, unpacked.manifest().edition());
    assertEquals(scos, unpacked.manifest().scos().size());
    assertEquals(unpacked.manifest().scos().get(0).title(), firstItemTitle(unpacked));
  }

  private static String firstItemTitle(UnpackOutcome.Unpacked unpacked) {
    return unpacked.manifest().organizations().get(0).items().get(0).title();
  }
}
