package dk.godstart.catalog.domain.imports;

/**
 * How a problem's location names a place in the manifest, e.g. {@code imsmanifest.xml:
 * item[@identifier='ITEM-3']}: the file, then an XPath-like step that an author can search for.
 */
public final class ManifestLocations {

  public static final String MANIFEST = "imsmanifest.xml";

  private ManifestLocations() {}

  public static String manifest() {
    return MANIFEST;
  }

  public static String line(int line) {
    return MANIFEST + ": line " + line;
  }

  public static String organizations() {
    return MANIFEST + ": organizations";
  }

  public static String organization(String identifier) {
    return element("organization", identifier);
  }

  public static String item(String identifier) {
    return element("item", identifier);
  }

  public static String resource(String identifier) {
    return element("resource", identifier);
  }

  public static String dependency(String resourceIdentifier) {
    return resource(resourceIdentifier) + "/dependency";
  }

  private static String element(String name, String identifier) {
    return MANIFEST + ": " + name + "[@identifier='" + identifier + "']";
  }
}
