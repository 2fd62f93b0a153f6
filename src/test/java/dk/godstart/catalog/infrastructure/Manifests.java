package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.domain.manifest.Manifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Manifest texts and readings for the reader's tests. */
final class Manifests {

  static final String NAMESPACES_12 =
      "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""
          + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"";
  static final String NAMESPACES_2004 =
      "xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\""
          + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\""
          + " xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\""
          + " xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\""
          + " xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"";

  private Manifests() {}

  static ManifestReading read(String xml) {
    return new ManifestReader()
        .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Manifest manifest(String xml) {
    ManifestReading reading = read(xml);
    assertTrue(reading.succeeded(), () -> "Expected a manifest, got " + reading.problems());
    return reading.manifest();
  }

  /** A manifest with the given namespaces, schemaversion (or none) and body. */
  static String with(String namespaces, String schemaversion, String body) {
    String metadata =
        schemaversion == null
            ? ""
            : "<metadata><schema>ADL SCORM</schema><schemaversion>"
                + schemaversion
                + "</schemaversion></metadata>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest identifier=\"M\" "
        + namespaces
        + ">"
        + metadata
        + body
        + "</manifest>";
  }

  /** One organization with one SCO item, in the given edition's dialect. */
  static String oneSco(String namespaces, String schemaversion, String itemExtras) {
    String scormType = namespaces.equals(NAMESPACES_12) ? "adlcp:scormtype" : "adlcp:scormType";
    return with(
        namespaces,
        schemaversion,
        "<organizations default=\"O\"><organization identifier=\"O\"><title>Org</title>"
            + "<item identifier=\"I\" identifierref=\"R\"><title>Item</title>"
            + itemExtras
            + "</item></organization></organizations>"
            + "<resources><resource identifier=\"R\" type=\"webcontent\" "
            + scormType
            + "=\"sco\" href=\"index.html\"><file href=\"index.html\"/></resource></resources>");
  }

  static Manifest resource(String name) {
    try (InputStream xml = Manifests.class.getResourceAsStream("/dk/godstart/catalog/" + name)) {
      return manifest(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
