package dk.godstart.catalog.domain.imports;

import static dk.godstart.catalog.domain.imports.ManifestFixtures.asset;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.manifest;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.sco;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchFilesExistTest {

  private final LaunchFilesExist rule = new LaunchFilesExist();

  @Test
  void aScoWhoseLaunchFileIsInThePackagePasses() {
    assertEquals(
        List.of(),
        rule.check(manifest(List.of(), sco("R", "a/index.html?x=1#top")), Set.of("a/index.html")));
  }

  @Test
  void aScoWhoseLaunchFileIsMissingIsNamedWithTheFile() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.launch-missing",
                "imsmanifest.xml: resource[@identifier='R']",
                "a/index.html",
                "R")),
        rule.check(manifest(List.of(), sco("R", "a/index.html")), Set.of("index.html")));
  }

  @Test
  void escapedNamesAreComparedDecoded() {
    assertEquals(
        List.of(),
        rule.check(manifest(List.of(), sco("R", "side%201.html")), Set.of("side 1.html")));
  }

  @Test
  void assetsAndScosHostedElsewhereAreNotChecked() {
    assertEquals(
        List.of(),
        rule.check(
            manifest(List.of(), asset("A", "gone.css"), sco("R", "https://example.org/sco.html")),
            Set.of()));
  }
}
