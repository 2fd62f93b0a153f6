package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * A {@code <resource>} of the manifest.
 *
 * @param type the content packaging type, normally {@code webcontent}
 * @param scormType SCO or asset; a resource without the attribute is an asset, as the spec demands
 *     the attribute for every SCO
 * @param href the launch location resolved against the {@code xml:base} of the manifest, the
 *     resources and the resource; null when the resource has none
 * @param base the combined {@code xml:base} that applies to the resource ("" when none)
 * @param files the {@code <file>} hrefs, resolved the same way
 * @param dependencies the identifiers of the resources this one depends on
 */
public record Resource(
    String identifier,
    String type,
    ScormType scormType,
    String href,
    String base,
    List<String> files,
    List<String> dependencies) {

  public Resource {
    files = ImmutableLists.copy(files);
    dependencies = ImmutableLists.copy(dependencies);
  }
}
