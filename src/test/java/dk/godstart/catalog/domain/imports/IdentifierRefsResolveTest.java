package dk.godstart.catalog.domain.imports;

import static dk.godstart.catalog.domain.imports.ManifestFixtures.asset;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.item;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.manifest;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.organization;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.sco;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifierRefsResolveTest {

  private final IdentifierRefsResolve rule = new IdentifierRefsResolve();

  @Test
  void itemsAndDependenciesThatNameResourcesPass() {
    assertEquals(
        List.of(),
        rule.check(
            manifest(
                List.of(organization("O", item("P", null, item("I", "R")))),
                sco("R", "a.html", "S"),
                asset("S", "s.css")),
            Set.of()));
  }

  @Test
  void aNestedItemPointingNowhereIsReported() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.identifierref-unknown",
                "imsmanifest.xml: item[@identifier='I']",
                "RES-X",
                "I")),
        rule.check(
            manifest(
                List.of(organization("O", item("P", null, item("I", "RES-X")))),
                sco("R", "a.html")),
            Set.of()));
  }

  @Test
  void aDependencyPointingNowhereIsReported() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.identifierref-unknown",
                "imsmanifest.xml: resource[@identifier='R']/dependency",
                "MISSING",
                "R")),
        rule.check(manifest(List.of(), sco("R", "a.html", "MISSING")), Set.of()));
  }
}
