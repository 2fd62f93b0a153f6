package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.domain.manifest.Manifest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** The manifest is stored as JSON, so the model must survive JSON-B unchanged. */
class ManifestJsonTest {

  @Test
  void aFullScorm2004ManifestSurvivesAJsonRoundTrip() throws Exception {
    Manifest manifest = Manifests.resource("full-2004-4th.xml");
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(manifest);
      Manifest back = jsonb.fromJson(json, Manifest.class);
      assertEquals(manifest, back);
      assertEquals(manifest.scos(), back.scos());
      assertTrue(json.contains("\"edition\":\"SCORM_2004_4TH\""), json);
    }
  }

  @Test
  void derivedValuesAreNotStored() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(Manifests.resource("full-2004-4th.xml"));
      assertFalse(json.contains("\"scos\""), json);
      assertFalse(json.contains("isSco"), json);
      assertFalse(json.contains("\"title\":\"Børnefaglig undersøgelse\",\"organizations\""), json);
    }
  }

  @Test
  void missingListsComeBackEmpty() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      Manifest manifest =
          jsonb.fromJson("{\"identifier\":\"M\",\"edition\":\"SCORM_12\"}", Manifest.class);
      assertTrue(manifest.organizations().isEmpty());
      assertTrue(manifest.resources().isEmpty());
      assertTrue(manifest.scos().isEmpty());
    }
  }
}
