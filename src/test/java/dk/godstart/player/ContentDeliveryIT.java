package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.playerConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.player.domain.ContentCapability;
import dk.godstart.player.domain.ContentSigner;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content origin: package files under a signed address, with types, caching and ranges; no
 * cookies, no session, no CORS; and the launcher's commit channel beside the launcher, on the
 * content origin.
 */
class ContentDeliveryIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final byte[] MEDIA = new byte[200_000];
  private static long moduleId;
  private static String base;
  private static String storageKey;
  private static Api hire;

  @BeforeAll
  static void aModuleWithMediaIsOpenedByAHire() {
    new Random(1).nextBytes(MEDIA);
    ScormPackageBuilder first =
        ScormPackageBuilder.scorm12().sco("a", "A").file("media/film.mp4", "gammel");
    Reply created = Api.withToken("demo-forfatter-token").upload("/api/v1/modules", first.build());
    moduleId = created.json().getJsonNumber("id").longValue();
    ScormPackageBuilder second =
        ScormPackageBuilder.scorm12()
            .sco("a", "A")
            .file("style/site.css", "body { color: #111; }")
            .file("js/app.js", "var x = 1;")
            .file("mit kapitel.html", "<p>mellemrum</p>")
            .raw(z -> z.add("media/film.mp4", MEDIA).stored());
    Api.withToken("demo-forfatter-token")
        .upload("/api/v1/modules/" + moduleId + "/versions", second.build());
    String someone = newHire();
    PlayerFixtures.releaseTo(someone, moduleId);
    hire = Api.withToken(TestAccounts.tokenFor(someone));
    base = playerConfig(hire, moduleId, false).getString("contentBase");
    storageKey = URI.create(base).getPath().split("/")[1];
  }

  private static Reply get(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).headers(pad(headers)).GET());
  }

  private static String[] pad(String[] headers) {
    return headers.length == 0 ? new String[] {"Accept", "*/*"} : headers;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theContentIsServedFromAnotherOriginThanTheApplication() {
    assertTrue(base.startsWith(GodstartServer.shared().contentOrigin() + "/"), base);
    assertFalse(base.startsWith(GodstartServer.shared().baseUrl()));
  }

  @Test
  void filesComeWithTheirTypeNoSniffingNoReferrerAndLongPrivateCaching() {
    Reply html = get(base + "a.html");
    assertEquals(200, html.status());
    assertTrue(html.header("Content-Type").startsWith("text/html"));
    assertEquals("nosniff", html.header("X-Content-Type-Options"));
    assertEquals("no-referrer", html.header("Referrer-Policy"));
    assertTrue(html.header("Cache-Control").contains("private"));
    assertTrue(html.header("Cache-Control").contains("max-age=31536000"));
    assertTrue(get(base + "style/site.css").header("Content-Type").startsWith("text/css"));
    assertTrue(get(base + "js/app.js").header("Content-Type").startsWith("text/javascript"));
    assertEquals("video/mp4", get(base + "media/film.mp4").header("Content-Type"));
    assertEquals("<p>mellemrum</p>", get(base + "mit%20kapitel.html").body());
  }

  @Test
  void theContentOriginSetsNoCookieIgnoresThoseItGetsAndAllowsNoOtherOrigin() {
    Reply reply =
        get(
            base + "a.html",
            "Cookie",
            "JSESSIONID=whatever",
            "Origin",
            GodstartServer.shared().baseUrl());
    assertEquals(200, reply.status());
    assertNull(reply.header("Set-Cookie"));
    assertNull(reply.header("Access-Control-Allow-Origin"));
    assertTrue(
        reply
            .header("Content-Security-Policy")
            .contains("frame-ancestors 'self' " + GodstartServer.shared().baseUrl()));
  }

  @Test
  void anUnchangedFileIsAnswered304ByETagAndByDate() {
    Reply first = get(base + "a.html");
    assertEquals(304, get(base + "a.html", "If-None-Match", first.header("ETag")).status());
    assertEquals(
        304, get(base + "a.html", "If-Modified-Since", first.header("Last-Modified")).status());
  }

  @Test
  void mediaIsServedInByteRanges() {
    Reply range = get(base + "media/film.mp4", "Range", "bytes=1000-1999");
    assertEquals(206, range.status());
    assertEquals("bytes 1000-1999/" + MEDIA.length, range.header("Content-Range"));
    assertEquals("1000", range.header("Content-Length"));
    assertEquals(416, get(base + "media/film.mp4", "Range", "bytes=900000-").status());
  }

  @Test
  void headAnswersWithTheHeadersOnly() {
    Reply head =
        send(
            HttpRequest.newBuilder(URI.create(base + "media/film.mp4"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.status());
    assertEquals(String.valueOf(MEDIA.length), head.header("Content-Length"));
    assertEquals("", head.body());
  }

  @Test
  void traversalDirectoriesAndMissingFilesAreNotFound() {
    for (String path : new String[] {"../../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd"}) {
      Reply traversal = get(base + path);
      assertTrue(
          traversal.status() == 404 || traversal.status() == 403, "got " + traversal.status());
      assertFalse(traversal.body().contains("root:"));
    }
    assertEquals(404, get(base + "media").status());
    assertEquals(404, get(base + "media/").status());
    assertEquals(404, get(base + "findes-ikke.html").status());
  }

  @Test
  void anAlteredOrExpiredAddressOpensNothing() {
    String origin = GodstartServer.shared().contentOrigin();
    assertEquals(403, get(origin + "/a.html").status());
    assertEquals(403, get(base.replace(storageKey + "/l", storageKey + "/l9") + "a.html").status());
    String otherSignature = base.substring(0, base.length() - 5) + "AAAA/";
    assertEquals(403, get(otherSignature + "a.html").status());
    // Signed with the server's own key, but expired: checked by the clock, with no database.
    ContentSigner signer = new ContentSigner(contentKey());
    long past = Instant.now().minusSeconds(60).getEpochSecond();
    String expired = ContentCapability.forLearner(storageKey, 1, past).path(signer);
    assertEquals(403, get(origin + expired + "a.html").status());
    long future = Instant.now().plusSeconds(600).getEpochSecond();
    String fresh = ContentCapability.forLearner(storageKey, 1, future).path(signer);
    assertEquals(200, get(origin + fresh + "a.html").status());
  }

  @Test
  void theGeneratedKeyIsReadableByItsOwnerOnly() throws IOException {
    Path key = GodstartServer.shared().contentDir().resolveSibling("keys").resolve("content.key");
    assertEquals(
        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(key));
  }

  @Test
  void peopleWithoutAReasonToOpenTheModuleGetNoAddress() {
    assertEquals(
        403,
        Api.withToken(TestAccounts.tokenFor("buddy"))
            .get("/player/play.xhtml?module=" + moduleId + "&preview=true")
            .status());
    assertEquals(
        403,
        Api.withToken("demo-admin-token").get("/player/play.xhtml?module=" + moduleId).status());
  }

  @Test
  void authorsMentorsAndLeadersPreviewUnderTheirOwnAddress() {
    Api[] previewers = {
      Api.withToken("demo-forfatter-token"),
      Api.withToken(TestAccounts.tokenFor("mentor")),
      Api.withToken(TestAccounts.tokenFor("leder"))
    };
    for (Api previewer : previewers) {
      assertEquals(
          403,
          previewer.get("/player/play.xhtml?preview=true&module=" + moduleId).status(),
          "a module in none of the organisation's programmes");
    }
    PlayerFixtures.makePreviewable(moduleId);
    for (Api previewer :
        new Api[] {
          Api.withToken("demo-forfatter-token"),
          Api.withToken(TestAccounts.tokenFor("mentor")),
          Api.withToken(TestAccounts.tokenFor("leder"))
        }) {
      var config = playerConfig(previewer, moduleId, true);
      String address = config.getString("contentBase");
      assertTrue(URI.create(address).getPath().split("/")[2].startsWith("p"), address);
      assertEquals(200, get(address + "a.html").status());
      assertTrue(config.isNull("commitUrl"), "a preview stores nothing");
    }
  }

  @Test
  void theLauncherNamesTheApplicationAsTheOnlyOriginItListensTo() {
    Reply launcher =
        get(GodstartServer.shared().contentOrigin() + "/_godstart/launcher.html?scorm=1.2");
    assertEquals(200, launcher.status());
    assertTrue(
        launcher
            .body()
            .contains(
                "<meta name=\"godstart-app-origin\" content=\""
                    + GodstartServer.shared().baseUrl()
                    + "\">"));
    assertTrue(launcher.body().contains("/_godstart/scorm12.min.js"));
    assertEquals(
        200, get(GodstartServer.shared().contentOrigin() + "/_godstart/launcher.js").status());
  }

  @Test
  void applicationPagesFrameOnlyTheContentOrigin() {
    Reply page = hire.get("/player/play.xhtml?module=" + moduleId);
    assertTrue(
        page.header("Content-Security-Policy")
            .contains("frame-src " + GodstartServer.shared().contentOrigin() + ";"),
        page.header("Content-Security-Policy"));
  }

  @Test
  void theAttemptChannelTakesTheTokenAndNothingElse() {
    var config = playerConfig(hire, moduleId, false);
    String channel = config.getString("commitUrl");
    // On the launcher's own origin: no cross-origin request, so no CORS permission at all.
    assertTrue(
        channel.startsWith(GodstartServer.shared().contentOrigin() + "/_godstart/attempt-channel/"),
        channel);
    String body =
        "{\"sco\":\"ITEM-a\",\"sequence\":"
            + (config.getJsonNumber("sequence").longValue() + 1)
            + ",\"terminated\":false,\"cmi\":{\"core\":{\"lesson_location\":\"p2\"}}}";
    Reply accepted =
        send(
            HttpRequest.newBuilder(URI.create(channel))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .header("Origin", GodstartServer.shared().contentOrigin())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals(
        Set.of("sequence", "scoStatus", "scoFinished", "nextEntry", "totalTime", "moduleCompleted"),
        accepted.json().keySet());
    assertNull(accepted.header("Access-Control-Allow-Origin"));
    assertNull(accepted.header("Set-Cookie"));

    String forged = channel.replaceFirst("attempt-channel/[0-9]+\\.", "attempt-channel/1.");
    Reply refused =
        send(
            HttpRequest.newBuilder(URI.create(forged))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(403, refused.status(), refused.body());
    assertEquals("attempt.token", refused.json().getString("code"));
  }

  private static byte[] contentKey() {
    try {
      Path key = GodstartServer.shared().contentDir().resolveSibling("keys").resolve("content.key");
      return Base64.getDecoder().decode(Files.readString(key).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
