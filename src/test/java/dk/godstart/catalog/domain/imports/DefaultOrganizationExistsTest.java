package dk.godstart.catalog.domain.imports;

import static dk.godstart.catalog.domain.imports.ManifestFixtures.manifest;
import static dk.godstart.catalog.domain.imports.ManifestFixtures.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.kernel.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultOrganizationExistsTest {

  private final DefaultOrganizationExists rule = new DefaultOrganizationExists();

  @Test
  void aDefaultThatNamesAnOrganizationPasses() {
    assertEquals(
        List.of(),
        rule.check(manifest("B", List.of(organization("A"), organization("B"))), Set.of()));
  }

  @Test
  void aDefaultThatNamesNoOrganizationIsReported() {
    assertEquals(
        List.of(
            Detail.of(
                "manifest.default-organization-unknown", "imsmanifest.xml: organizations", "C")),
        rule.check(manifest("C", List.of(organization("A"))), Set.of()));
  }

  @Test
  void noDefaultIsNoProblem() {
    assertEquals(List.of(), rule.check(manifest(null, List.of()), Set.of()));
  }
}
