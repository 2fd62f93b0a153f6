package dk.godstart.catalog.domain.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the import keeps of a package's {@code imsmanifest.xml}: enough for the player to build the
 * table of contents, launch each SCO and hand the runtime its activity tree. Immutable and stored
 * as JSON, hence plain records with nulls or empty lists for what is absent.
 *
 * @param defaultOrganization the identifier the {@code organizations} element names as default, or
 *     the first organization's when it names none
 * @param organizations the default organization first, the others in document order
 */
public record Manifest(
    String identifier,
    ScormEdition edition,
    String defaultOrganization,
    List<Organization> organizations,
    List<Resource> resources) {

  public Manifest {
    organizations = ImmutableLists.copy(organizations);
    resources = ImmutableLists.copy(resources);
  }

  /**
   * The SCOs of the default organization in tree order. A package without organizations (a plain
   * resource package) launches its SCO resources in document order instead.
   */
  public List<Sco> scos() {
    Map<String, Resource> byIdentifier =
        resources.stream()
            .collect(Collectors.toMap(Resource::identifier, Function.identity(), (a, b) -> a));
    List<Sco> scos = new ArrayList<>();
    if (organizations.isEmpty()) {
      resources.stream()
          .filter(r -> r.scormType() == ScormType.SCO && r.href() != null)
          .forEach(
              r -> scos.add(new Sco(r.identifier(), r.identifier(), r.href(), r.identifier())));
    } else {
      collect(organizations.get(0).items(), byIdentifier, scos);
    }
    return List.copyOf(scos);
  }

  private static void collect(List<Item> items, Map<String, Resource> resources, List<Sco> scos) {
    for (Item item : items) {
      Resource resource = item.identifierref() == null ? null : resources.get(item.identifierref());
      if (resource != null && resource.scormType() == ScormType.SCO && resource.href() != null) {
        String launch = Href.withParameters(resource.href(), item.parameters());
        scos.add(new Sco(item.identifier(), item.title(), launch, resource.identifier()));
      }
      collect(item.items(), resources, scos);
    }
  }

  /**
   * The items the player opens, SCOs and assets, in the default organization's tree order; for a
   * package without organizations, its SCO resources.
   */
  public List<Launchable> launchables() {
    if (organizations.isEmpty()) {
      return scos().stream()
          .map(sco -> new Launchable(sco.identifier(), sco.title(), sco.launch(), ScormType.SCO))
          .toList();
    }
    Map<String, Resource> byIdentifier =
        resources.stream()
            .collect(Collectors.toMap(Resource::identifier, Function.identity(), (a, b) -> a));
    List<Launchable> launchables = new ArrayList<>();
    collectLaunchables(organizations.get(0).items(), byIdentifier, launchables);
    return List.copyOf(launchables);
  }

  private static void collectLaunchables(
      List<Item> items, Map<String, Resource> resources, List<Launchable> launchables) {
    for (Item item : items) {
      Resource resource = item.identifierref() == null ? null : resources.get(item.identifierref());
      if (resource != null && resource.href() != null) {
        launchables.add(
            new Launchable(
                item.identifier(),
                item.title(),
                Href.withParameters(resource.href(), item.parameters()),
                resource.scormType()));
      }
      collectLaunchables(item.items(), resources, launchables);
    }
  }

  /** The default organization's title, else its first item's title, else the identifier. */
  public String title() {
    if (!organizations.isEmpty()) {
      Organization organization = organizations.get(0);
      if (isPresent(organization.title())) {
        return organization.title();
      }
      if (!organization.items().isEmpty() && isPresent(organization.items().get(0).title())) {
        return organization.items().get(0).title();
      }
    }
    return identifier;
  }

  private static boolean isPresent(String text) {
    return text != null && !text.isBlank();
  }
}
