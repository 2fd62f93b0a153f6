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

class IdentifiersAreUniqueTest {

  private final IdentifiersAreUnique rule = new IdentifiersAreUnique();

  @Test
  void distinctIdentifiersPass() {
    assertEquals(List.of(), rule.check(ManifestFixtures.valid(), Set.of()));
  }

  @Test
  void aDuplicateIsReportedOnceWhereItOccursAgain() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.identifier-duplicate", "imsmanifest.xml: item[@identifier='X']", "X")),
        rule.check(
            manifest(
                List.of(
                    organization(
                        "O", item("X", "R"), item("P", null, item("X", "R")), item("X", "R"))),
                sco("R", "a.html")),
            Set.of()));
  }

  @Test
  void itemsResourcesAndOrganizationsShareOneIdentifierSpace() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.identifier-duplicate",
                "imsmanifest.xml: resource[@identifier='O']",
                "O")),
        rule.check(
            manifest(List.of(organization("O", item("I", "O"))), sco("O", "a.html")), Set.of()));
  }
}
