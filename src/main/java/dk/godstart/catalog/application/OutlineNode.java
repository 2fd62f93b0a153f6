package dk.godstart.catalog.application;

import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.catalog.domain.manifest.ScormType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One entry of a package's organisation as authors see it: a group of items, a SCO (run by the
 * player and tracked) or an asset (shown, not tracked), with what it launches.
 */
public record OutlineNode(
    String identifier,
    String title,
    Type type,
    String launch,
    String parameters,
    List<OutlineNode> children) {

  /** What an item is in the package. */
  public enum Type {
    GROUP,
    SCO,
    ASSET
  }

  /** The outline of the manifest's default organisation. */
  public static List<OutlineNode> of(Manifest manifest) {
    Map<String, Resource> resources =
        manifest.resources().stream()
            .collect(Collectors.toMap(Resource::identifier, Function.identity(), (a, b) -> a));
    Organization organization =
        manifest.organizations().stream()
            .filter(o -> o.identifier().equals(manifest.defaultOrganization()))
            .findFirst()
            .orElse(manifest.organizations().isEmpty() ? null : manifest.organizations().get(0));
    return organization == null
        ? List.of()
        : organization.items().stream().map(item -> of(item, resources)).toList();
  }

  private static OutlineNode of(Item item, Map<String, Resource> resources) {
    Resource resource = item.identifierref() == null ? null : resources.get(item.identifierref());
    Type type =
        resource == null
            ? Type.GROUP
            : resource.scormType() == ScormType.SCO ? Type.SCO : Type.ASSET;
    return new OutlineNode(
        item.identifier(),
        item.title(),
        type,
        resource == null ? null : resource.href(),
        item.parameters(),
        item.items().stream().map(child -> of(child, resources)).toList());
  }
}
