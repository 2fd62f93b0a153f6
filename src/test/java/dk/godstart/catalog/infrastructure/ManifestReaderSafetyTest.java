package dk.godstart.catalog.infrastructure;

import static dk.godstart.catalog.infrastructure.Manifests.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.godstart.kernel.Detail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest is untrusted input: no DTD, no entity, no file or network access while parsing. */
class ManifestReaderSafetyTest {

  @TempDir Path directory;

  @Test
  void aDoctypeIsRefused() {
    ManifestReading reading =
        read("<?xml version=\"1.0\"?>\n<!DOCTYPE manifest>\n<manifest identifier=\"M\"/>");
    assertEquals(
        List.of(Detail.of("manifest.doctype", "imsmanifest.xml: line 2", 2)), reading.problems());
  }

  @Test
  void anExternalEntityIsNeverRead() throws IOException {
    Path secret = Files.writeString(directory.resolve("secret.txt"), "HEMMELIGT");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<manifest identifier=\"&xxe;\"/>";
    ManifestReading reading = read(xml);
    assertEquals("manifest.doctype", reading.problems().get(0).code());
    assertFalse(reading.problems().toString().contains("HEMMELIGT"));
  }

  @Test
  void entityExpansionIsNeverAttempted() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [");
    xml.append("<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      xml.append("<!ENTITY l").append(i).append(" \"");
      xml.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    xml.append("]>\n<manifest identifier=\"&l9;\"/>");
    assertEquals("manifest.doctype", read(xml.toString()).problems().get(0).code());
  }

  @Test
  void anExternalDtdIsNeverFetched() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
            + "<manifest identifier=\"M\"/>";
    assertEquals("manifest.doctype", read(xml).problems().get(0).code());
  }

  @Test
  void anUndeclaredEntityIsMalformedXml() {
    assertEquals(
        "manifest.malformed",
        read("<manifest identifier=\"&nothing;\"/>").problems().get(0).code());
  }

  @Test
  void absurdNestingIsMalformedRatherThanAStackOverflow() {
    String xml = "<manifest>" + "<item>".repeat(5000) + "</item>".repeat(5000) + "</manifest>";
    assertEquals("manifest.malformed", read(xml).problems().get(0).code());
  }
}
