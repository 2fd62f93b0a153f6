package dk.godstart.catalog.domain.imports;

import static dk.godstart.catalog.domain.imports.ManifestFixtures.item;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.manifest;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.organization;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.sco;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageRulesTest {

  @Test
  void aValidManifestBreaksNoRule() {
    assertEquals(List.of(), PackageRules.check(ManifestFixtures.valid(), Set.of("index.html")));
  }

  @Test
  void everyRuleIsCheckedSoTheAuthorSeesAllProblemsAtOnce() {
    List<String> codes =
        PackageRules.check(
                manifest(
                    "NOPE",
                    List.of(organization("O", item("I", "GONE"), item("I", "R"))),
                    sco("R", "missing.html"),
                    sco("S", null)),
                Set.of())
            .stream()
            .map(Detail::code)
            .toList();
    assertEquals(
        List.of(
            "manifest.default-organization-unknown",
            "manifest.identifier-duplicate",
            "manifest.identifierref-unknown",
            "manifest.sco-without-href",
            "manifest.launch-missing"),
        codes);
  }
}
