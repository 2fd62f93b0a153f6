package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.newHire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /content/{versionId}/…}: types, caching, ranges, and who may read. */
class ContentDeliveryIT {

  private static final byte[] MEDIA = new byte[200_000];
  private static long versionId;
  private static long oldVersionId;
  private static long moduleId;
  private static Api hire;

  @BeforeAll
  static void aModuleWithMediaExists() {
    new Random(1).nextBytes(MEDIA);
    ScormPackageBuilder first =
        ScormPackageBuilder.scorm12().sco("a", "A").file("media/film.mp4", "gammel");
    Reply created = Api.withToken("demo-forfatter-token").upload("/api/v1/modules", first.build());
    oldVersionId = created.json().getJsonNumber("versionId").longValue();
    ScormPackageBuilder second =
        ScormPackageBuilder.scorm12()
            .sco("a", "A")
            .file("style/site.css", "body { color: #111; }")
            .file("js/app.js", "var x = 1;")
            .raw(z -> z.add("media/film.mp4", MEDIA).stored());
    Reply version =
        Api.withToken("demo-forfatter-token")
            .upload("/api/v1/modules/" + created.json().getInt("id") + "/versions", second.build());
    versionId = version.json().getJsonNumber("versionId").longValue();
    moduleId = created.json().getJsonNumber("id").longValue();
    String someone = newHire();
    PlayerFixtures.releaseTo(someone, created.json().getJsonNumber("id").longValue());
    hire = Api.withToken(TestAccounts.tokenFor(someone));
  }

  private static String path(String file) {
    return "/content/" + versionId + "/" + file;
  }

  @Test
  void filesComeWithTheirTypeNoSniffingAndLongPrivateCaching() {
    Reply html = hire.get(path("a.html"));
    assertEquals(200, html.status());
    assertTrue(html.header("Content-Type").startsWith("text/html"));
    assertEquals("nosniff", html.header("X-Content-Type-Options"));
    assertTrue(html.header("Cache-Control").contains("private"));
    assertTrue(html.header("Cache-Control").contains("max-age=31536000"));
    assertTrue(hire.get(path("style/site.css")).header("Content-Type").startsWith("text/css"));
    assertTrue(hire.get(path("js/app.js")).header("Content-Type").startsWith("text/javascript"));
    assertEquals("video/mp4", hire.get(path("media/film.mp4")).header("Content-Type"));
  }

  @Test
  void anUnchangedFileIsAnswered304ByETagAndByDate() {
    Reply first = hire.get(path("a.html"));
    String etag = first.header("ETag");
    String modified = first.header("Last-Modified");

    assertEquals(
        304, hire.send(hire.request(path("a.html")).header("If-None-Match", etag).GET()).status());
    assertEquals(
        304,
        hire.send(hire.request(path("a.html")).header("If-Modified-Since", modified).GET())
            .status());
  }

  @Test
  void mediaIsServedInByteRanges() {
    Reply range =
        hire.send(hire.request(path("media/film.mp4")).header("Range", "bytes=1000-1999").GET());

    assertEquals(206, range.status());
    assertEquals("bytes 1000-1999/" + MEDIA.length, range.header("Content-Range"));
    assertEquals("1000", range.header("Content-Length"));
    Reply unsatisfiable =
        hire.send(hire.request(path("media/film.mp4")).header("Range", "bytes=900000-").GET());
    assertEquals(416, unsatisfiable.status());
  }

  @Test
  void headAnswersWithTheHeadersOnly() {
    Reply head =
        hire.send(
            hire.request(path("media/film.mp4"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertEquals(200, head.status());
    assertEquals(String.valueOf(MEDIA.length), head.header("Content-Length"));
    assertEquals("", head.body());
  }

  @Test
  void traversalDirectoriesAndMissingFilesAreNotFound() {
    Reply traversal = hire.get("/content/" + versionId + "/../../../etc/passwd");
    assertTrue(traversal.status() == 404 || traversal.status() == 400, "got " + traversal.status());
    assertTrue(!traversal.body().contains("root:"));
    assertEquals(404, hire.get(path("media")).status());
    assertEquals(404, hire.get(path("media/")).status());
    assertEquals(404, hire.get(path("findes-ikke.html")).status());
    assertEquals(404, hire.get("/content/abc/a.html").status());
  }

  @Test
  void peopleWithoutAReasonToSeeThePackageGet403() {
    assertEquals(403, Api.withToken(TestAccounts.tokenFor("buddy")).get(path("a.html")).status());
    assertEquals(403, Api.withToken("demo-admin-token").get(path("a.html")).status());
    Reply anonymous = Api.anonymous().get(path("a.html"));
    assertEquals(302, anonymous.status(), "strangers are sent to the sign-in page");
    assertTrue(anonymous.header("Location").contains("/signin.xhtml"));
  }

  @Test
  void aHireCannotReadAnOlderVersionTheyNeverStarted() {
    assertEquals(403, hire.get("/content/" + oldVersionId + "/a.html").status());
  }

  @Test
  void authorsMentorsAndLeadersPreviewOnlyModulesOfTheirOrganisationsProgrammes() {
    Api author = Api.withToken("demo-forfatter-token");
    Api mentor = Api.withToken(TestAccounts.tokenFor("mentor"));
    Api leader = Api.withToken(TestAccounts.tokenFor("leder"));
    for (Api previewer : List.of(author, mentor, leader)) {
      assertEquals(403, previewer.get(path("a.html")).status(), "in no programme yet");
    }

    // In a copy of the demo programme, so that the demo hire's path stays as it was.
    long demo =
        author.get("/api/v1/programmes").structure().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getString("name").equals("Introduktion i Børn og Unge"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Reply copy =
        author.post(
            "/api/v1/programmes/" + demo + "/copies",
            "{\"orgUnitId\": " + unitOf(demo) + ", \"name\": \"Forhåndsvisning\"}");
    assertEquals(201, copy.status(), copy.body());
    Reply added =
        author.put(
            "/api/v1/programmes/" + copy.json().getJsonNumber("id") + "/modules/" + moduleId,
            "{\"phase\": \"LAERING\", \"rule\": {\"kind\": \"release\"}}");
    assertEquals(200, added.status(), added.body());

    for (Api previewer : List.of(author, mentor, leader)) {
      assertEquals(200, previewer.get(path("a.html")).status());
    }
  }

  private static long unitOf(long programme) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement("SELECT org_unit_id FROM programme WHERE id = ?")) {
      query.setLong(1, programme);
      ResultSet row = query.executeQuery();
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
