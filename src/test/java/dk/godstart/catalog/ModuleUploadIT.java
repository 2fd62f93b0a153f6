package dk.godstart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Uploading SCORM packages through {@code /api/v1/modules}, and what is stored. */
class ModuleUploadIT {

  private final Api author = Api.withToken("demo-forfatter-token");

  @Test
  void aScorm12PackageBecomesAModuleWithItsScos() throws Exception {
    byte[] zip =
        ScormPackageBuilder.scorm12().title("Aktindsigt").sco("intro", "Introduktion").build();

    Reply reply = author.upload("/api/v1/modules", zip);

    assertEquals(201, reply.status(), reply.body());
    JsonObject body = reply.json();
    assertEquals("Aktindsigt", body.getString("title"));
    assertEquals("1.2", body.getString("scormVersion"));
    assertEquals(1, body.getInt("version"));
    JsonObject sco = body.getJsonArray("scos").getJsonObject(0);
    assertEquals("ITEM-intro", sco.getString("identifier"));
    assertEquals("Introduktion", sco.getString("title"));
    assertEquals("intro.html", sco.getString("launch"));
    assertTrue(reply.header("Location").endsWith("/api/v1/modules/" + body.getInt("id")));
    assertTrue(Files.isRegularFile(packageDir(body.getInt("versionId")).resolve("intro.html")));
  }

  @Test
  void aScorm2004PackageWithSequencingKeepsItsTreeAndSequencing() throws Exception {
    byte[] zip =
        ScormPackageBuilder.scorm2004FourthEdition()
            .title("Uploadtest")
            .sco("trin-1", "Trin 1")
            .sco("trin-2", "Trin 2")
            .sco("trin-3", "Trin 3")
            .withSequencing()
            .build();

    Reply reply = author.upload("/api/v1/modules", zip);

    assertEquals(201, reply.status(), reply.body());
    assertEquals("2004", reply.json().getString("scormVersion"));
    assertEquals(3, reply.json().getJsonArray("scos").size());
    Reply module = author.get("/api/v1/modules/" + reply.json().getInt("id"));
    assertEquals(200, module.status());
    assertEquals(3, module.json().getJsonArray("outline").size());
    assertEquals("SCO", module.json().getJsonArray("outline").getJsonObject(1).getString("type"));
    String stored = storedManifest(reply.json().getInt("versionId"));
    assertTrue(stored.contains("\"controlMode\""), stored);
    assertTrue(stored.contains("\"flow\":true"), stored);
  }

  @Test
  void theSameFileAgainIsRefusedWith409NamingTheModuleThatHasIt() throws Exception {
    byte[] zip = ScormPackageBuilder.scorm12().title("Samme fil to gange").sco("a", "A").build();
    int id = author.upload("/api/v1/modules", zip).json().getInt("id");

    Reply again = author.upload("/api/v1/modules", zip);

    assertEquals(409, again.status(), again.body());
    assertEquals("module.same-package", again.json().getString("code"));
    JsonObject detail = again.json().getJsonArray("details").getJsonObject(0);
    assertEquals("modules/" + id, detail.getString("location"));
    assertTrue(detail.getString("message").contains("Samme fil to gange"), detail.toString());
    assertEquals(1, modulesTitled("Samme fil to gange"), "no second module of that title");
    // What the 409 suggests: the same file as a new version of the module that has it.
    Reply version = author.upload("/api/v1/modules/" + id + "/versions", zip);
    assertEquals(201, version.status(), version.body());
    assertEquals(2, version.json().getInt("version"));
  }

  private static long modulesTitled(String title) throws Exception {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement("SELECT COUNT(*) FROM learning_module WHERE title = ?")) {
      query.setString(1, title);
      ResultSet row = query.executeQuery();
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void aNewVersionBecomesCurrentAndTheOldOneStays() {
    byte[] first = ScormPackageBuilder.scorm12().title("Version").sco("a", "A").build();
    int id = author.upload("/api/v1/modules", first).json().getInt("id");
    byte[] second =
        ScormPackageBuilder.scorm12().title("Version").sco("a", "A").sco("b", "B").build();

    Reply reply = author.upload("/api/v1/modules/" + id + "/versions", second);

    assertEquals(201, reply.status(), reply.body());
    assertEquals(2, reply.json().getInt("version"));
    JsonObject module = author.get("/api/v1/modules/" + id).json();
    assertEquals(2, module.getJsonObject("current").getInt("number"));
    assertEquals(2, module.getJsonArray("versions").size());
  }

  @Test
  void aPackageInsideATopFolderIsAcceptedAndTheImportSaysSo() {
    byte[] zip = ScormPackageBuilder.scorm12().sco("a", "A").inTopFolder("eksport").build();

    Reply reply = author.upload("/api/v1/modules", zip);

    assertEquals(201, reply.status(), reply.body());
    JsonObject note = reply.json().getJsonArray("notes").getJsonObject(0);
    assertEquals("package.top-folder-flattened", note.getString("code"));
    assertTrue(note.getString("message").contains("eksport"), note.getString("message"));
  }

  @Test
  void anUploadWithoutAFileFieldIsRefused() {
    Reply reply = author.upload("/api/v1/modules", "other", "x.zip", new byte[] {1});

    assertEquals(422, reply.status());
    assertEquals("upload.file-missing", reply.json().getString("code"));
  }

  @Test
  void hiresAndLeadersMayNotUploadOrList() {
    byte[] zip = ScormPackageBuilder.scorm12().sco("a", "A").build();
    for (String user : new String[] {"nyansat", "leder"}) {
      Api caller = Api.withToken(TestAccounts.tokenFor(user));
      assertEquals(403, caller.upload("/api/v1/modules", zip).status(), user);
      assertEquals(403, caller.get("/api/v1/modules").status(), user);
    }
  }

  @Test
  void theListShowsEveryModuleWithItsCurrentVersion() {
    Reply list = author.get("/api/v1/modules");

    assertEquals(200, list.status());
    assertTrue(list.body().contains("Partshøring (Forvaltningsloven § 19)"), list.body());
  }

  static Path packageDir(int versionId) throws Exception {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement("SELECT storage_key FROM package_version WHERE id = ?")) {
      query.setInt(1, versionId);
      ResultSet row = query.executeQuery();
      row.next();
      return GodstartServer.shared().contentDir().resolve("packages").resolve(row.getString(1));
    }
  }

  private static String storedManifest(int versionId) throws Exception {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement("SELECT manifest_json FROM package_version WHERE id = ?")) {
      query.setInt(1, versionId);
      ResultSet row = query.executeQuery();
      row.next();
      return row.getString(1);
    }
  }
}
