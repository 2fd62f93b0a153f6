package dk.godstart.catalog.domain.imports;

import static dk.godstart.catalog.domain.imports.ManifestFixtures.asset;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.manifest;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.organization;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.sco;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HasOrganizationOrScoTest {

  private final HasOrganizationOrSco rule = new HasOrganizationOrSco();

  @Test
  void onlyAssetsAndNoOrganizationIsRefused() {
    assertEquals(
        List.of(Detail.of("manifest.no-organization-and-no-sco", "imsmanifest.xml")),
        rule.check(manifest(List.of(), asset("A", "a.pdf")), Set.of()));
  }

  @Test
  void aScoWithoutOrganizationPasses() {
    assertEquals(List.of(), rule.check(manifest(List.of(), sco("R", "a.html")), Set.of()));
  }

  @Test
  void anOrganizationOverAssetsPasses() {
    assertEquals(
        List.of(), rule.check(manifest(List.of(organization("O")), asset("A", "a.pdf")), Set.of()));
  }
}
