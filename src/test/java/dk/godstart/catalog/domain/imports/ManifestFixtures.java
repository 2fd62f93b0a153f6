package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.catalog.domain.manifest.ScormType;
import java.util.List;

/** Small manifests built directly as records, for the rules' tests. */
final class ManifestFixtures {

  private ManifestFixtures() {}

  static Resource sco(String identifier, String href, String... dependencies) {
    return new Resource(
        identifier, "webcontent", ScormType.SCO, href, "", List.of(), List.of(dependencies));
  }

  static Resource asset(String identifier, String href) {
    return new Resource(identifier, "webcontent", ScormType.ASSET, href, "", List.of(), List.of());
  }

  static Item item(String identifier, String identifierref, Item... children) {
    return Item.of(identifier, identifier + " title", identifierref, List.of(children));
  }

  static Organization organization(String identifier, Item... items) {
    return new Organization(identifier, identifier, List.of(items), null, true, true);
  }

  static Manifest manifest(List<Organization> organizations, Resource... resources) {
    String defaultOrganization = organizations.isEmpty() ? null : organizations.get(0).identifier();
    return manifest(defaultOrganization, organizations, resources);
  }

  static Manifest manifest(
      String defaultOrganization, List<Organization> organizations, Resource... resources) {
    return new Manifest(
        "M", ScormEdition.SCORM_2004_4TH, defaultOrganization, organizations, List.of(resources));
  }

  /** One organization, one item, one SCO at index.html: passes every rule. */
  static Manifest valid() {
    return manifest(List.of(organization("O", item("I", "R"))), sco("R", "index.html"));
  }
}
