package dk.godstart.catalog.domain.imports;

import static dk.godstart.catalog.domain.imports.ManifestFixtures.asset;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.manifest;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.sco;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScosHaveHrefTest {

  private final ScosHaveHref rule = new ScosHaveHref();

  @Test
  void aScoWithoutHrefIsReported() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.sco-without-href", "imsmanifest.xml: resource[@identifier='R']", "R")),
        rule.check(manifest(List.of(), sco("R", null), asset("A", null)), Set.of()));
  }

  @Test
  void aScoWithHrefPasses() {
    assertEquals(List.of(), rule.check(manifest(List.of(), sco("R", "a.html")), Set.of()));
  }
}
