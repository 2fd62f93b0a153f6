package dk.godstart.catalog.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

  private static Resource resource(String id, ScormType type, String href) {
    return new Resource(id, "webcontent", type, href, "", List.of(), List.of());
  }

  @Test
  void itemsLaunchingAssetsOrNothingAreNotScos() {
    Item folder =
        Item.of(
            "F",
            "Mappe",
            null,
            List.of(
                Item.of("A", "Pdf", "R-ASSET", List.of()),
                Item.of("S", "Sco", "R-SCO", List.of())));
    Manifest manifest =
        new Manifest(
            "M",
            ScormEdition.SCORM_12,
            "O",
            List.of(new Organization("O", "Org", List.of(folder), null, true, true)),
            List.of(
                resource("R-ASSET", ScormType.ASSET, "a.pdf"),
                resource("R-SCO", ScormType.SCO, "s.html")));
    assertEquals(List.of(new Sco("S", "Sco", "s.html", "R-SCO")), manifest.scos());
    assertEquals(
        List.of(
            new Launchable("A", "Pdf", "a.pdf", ScormType.ASSET),
            new Launchable("S", "Sco", "s.html", ScormType.SCO)),
        manifest.launchables(),
        "the player opens assets and SCOs alike, in tree order; a folder opens nothing");
  }

  @Test
  void onlyTheDefaultOrganizationsScosAreLaunched() {
    Organization first =
        new Organization("A", "A", List.of(Item.of("IA", "IA", "R", List.of())), null, true, true);
    Organization second =
        new Organization("B", "B", List.of(Item.of("IB", "IB", "R", List.of())), null, true, true);
    Manifest manifest =
        new Manifest(
            "M",
            ScormEdition.SCORM_12,
            "A",
            List.of(first, second),
            List.of(resource("R", ScormType.SCO, "r.html")));
    assertEquals(List.of("IA"), manifest.scos().stream().map(Sco::identifier).toList());
  }

  @Test
  void aPackageWithoutOrganizationsLaunchesItsScoResources() {
    Manifest manifest =
        new Manifest(
            "M",
            ScormEdition.SCORM_2004_3RD,
            null,
            List.of(),
            List.of(
                resource("R1", ScormType.SCO, "one.html"),
                resource("A", ScormType.ASSET, "x.css")));
    assertEquals(List.of(new Sco("R1", "R1", "one.html", "R1")), manifest.scos());
    assertEquals("M", manifest.title());
  }
}
