package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ManifestLocations;
import dk.godstart.catalog.domain.imports.ProblemCodes;
import dk.godstart.catalog.domain.manifest.Href;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.catalog.domain.manifest.ScormType;
import dk.godstart.kernel.Detail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code imsmanifest.xml} of SCORM 1.2 and SCORM 2004 (2nd to 4th edition) into a {@link
 * Manifest}. It checks only what it must to build the model (well-formed XML without a DTD, an IMS
 * content packaging root, a SCORM version the platform runs, known sequencing collection entries);
 * whether the package makes sense is for the {@code PackageRule}s.
 */
public final class ManifestReader {

  public ManifestReading read(Path manifest) {
    try (InputStream xml = Files.newInputStream(manifest)) {
      return read(xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ManifestReading read(InputStream xml) {
    try {
      return interpret(XmlParser.parse(xml));
    } catch (Refused refused) {
      return ManifestReading.refused(List.of(refused.detail()));
    }
  }

  private static ManifestReading interpret(XmlDocument document) throws Refused {
    XmlElement root = document.root();
    if (!isContentPackage(root)) {
      throw new Refused(
          ProblemCodes.MANIFEST_NOT_SCORM, ManifestLocations.manifest(), root.namespace());
    }
    if (EditionDetector.isScorm11(root, document.namespaces())) {
      throw new Refused(
          ProblemCodes.PACKAGE_UNSUPPORTED, ManifestLocations.manifest(), "SCORM 1.1");
    }
    ScormEdition edition = EditionDetector.detect(root, document.namespaces());
    List<Detail> problems = new ArrayList<>();
    XmlElement organizations = root.child("organizations");
    List<Organization> read = organizations(organizations, root, problems);
    String named = organizations == null ? null : organizations.attribute("default");
    String defaultOrganization = named != null || read.isEmpty() ? named : read.get(0).identifier();
    if (!problems.isEmpty()) {
      return ManifestReading.refused(problems);
    }
    return ManifestReading.read(
        new Manifest(
            root.attribute("identifier"),
            edition,
            defaultOrganization,
            defaultFirst(read, defaultOrganization),
            resources(root)));
  }

  private static List<Organization> organizations(
      XmlElement organizations, XmlElement root, List<Detail> problems) {
    if (organizations == null) {
      return List.of();
    }
    OrganizationReader reader = new OrganizationReader(new SequencingReader(root, problems));
    return organizations.children("organization").stream().map(reader::read).toList();
  }

  /** An IMS content packaging {@code <manifest>}; a root without namespace is let pass. */
  private static boolean isContentPackage(XmlElement root) {
    String namespace = root.namespace().toLowerCase(Locale.ROOT);
    boolean imsNamespace =
        namespace.isEmpty()
            || namespace.contains("imscp")
            || namespace.contains("ims_cp")
            || namespace.contains("imsglobal.org")
            || namespace.contains("imsproject.org");
    return root.is("manifest") && imsNamespace;
  }

  private static List<Organization> defaultFirst(List<Organization> organizations, String id) {
    List<Organization> ordered = new ArrayList<>(organizations);
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).identifier() != null && ordered.get(i).identifier().equals(id)) {
        ordered.add(0, ordered.remove(i));
        break;
      }
    }
    return ordered;
  }

  private static List<Resource> resources(XmlElement root) {
    XmlElement resources = root.child("resources");
    if (resources == null) {
      return List.of();
    }
    String manifestBase = root.attribute("xml:base");
    String resourcesBase = resources.attribute("xml:base");
    return resources.children("resource").stream()
        .map(r -> resource(r, Arrays.asList(manifestBase, resourcesBase, r.attribute("xml:base"))))
        .toList();
  }

  private static Resource resource(XmlElement e, List<String> bases) {
    List<String> files =
        e.children("file").stream()
            .map(f -> f.attribute("href"))
            .filter(href -> href != null && !href.isEmpty())
            .map(href -> Href.resolve(bases, href))
            .toList();
    List<String> dependencies =
        e.children("dependency").stream()
            .map(d -> d.attribute("identifierref"))
            .filter(ref -> ref != null)
            .toList();
    String href = e.attribute("href");
    return new Resource(
        e.attribute("identifier"),
        e.attribute("type"),
        "sco".equalsIgnoreCase(e.attribute("scormType")) ? ScormType.SCO : ScormType.ASSET,
        href == null || href.isEmpty() ? null : Href.resolve(bases, href),
        Href.combine(bases),
        files,
        dependencies);
  }
}
