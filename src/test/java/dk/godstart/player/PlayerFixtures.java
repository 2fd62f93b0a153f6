package dk.godstart.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Packages with a scripted test SCO, fresh hires, and looks at what the server stored. */
public final class PlayerFixtures {

  private static final AtomicInteger HIRES = new AtomicInteger();

  static final String TEST_SCO = read("/dk/godstart/player/test-sco.html");

  private PlayerFixtures() {}

  /** A package whose SCOs ("a", "b", …) all run the scripted test SCO. */
  public static ScormPackageBuilder withTestScos(ScormPackageBuilder builder, String... scoIds) {
    for (String id : scoIds) {
      builder.sco(id, "Del " + id.toUpperCase()).file(id + ".html", TEST_SCO);
    }
    return builder;
  }

  /** Uploads a package as forfatter and returns the new module's id. */
  public static long upload(ScormPackageBuilder builder) {
    Reply reply = Api.withToken("demo-forfatter-token").upload("/api/v1/modules", builder.build());
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getInt("id");
  }

  private static final java.util.Map<String, Long> ENROLMENTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A new, enrolled hire of their own, so that no two tests share attempts. */
  public static String newHire() {
    String hire =
        TestAccounts.copyOf("nyansat", "hire-" + System.nanoTime() + "-" + HIRES.incrementAndGet());
    ENROLMENTS.put(hire, TestAccounts.enrol(hire));
    return hire;
  }

  /** The enrolment that {@link #newHire} made for the hire. */
  public static long enrolmentOf(String hire) {
    return ENROLMENTS.get(hire);
  }

  /** Opens a module for the hire, as their mentor would by releasing it. */
  public static void releaseTo(String hire, long moduleId) {
    TestAccounts.release(ENROLMENTS.get(hire), moduleId);
  }

  /** Uploads a package and releases the new module to the hire. */
  public static long uploadFor(String hire, ScormPackageBuilder builder) {
    long module = upload(builder);
    releaseTo(hire, module);
    return module;
  }

  /** Opens the player and waits inside the SCO's frame until its Initialize succeeded. */
  private static Long previewProgramme;

  /**
   * Puts the module into a copy of the demo programme (made once per run, so the demo hire's path
   * stays as it was): authors, mentors and leaders preview only modules of their organisation's
   * programmes.
   */
  public static synchronized void makePreviewable(long moduleId) {
    Api author = Api.withToken("demo-forfatter-token");
    if (previewProgramme == null) {
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
      previewProgramme = copy.json().getJsonNumber("id").longValue();
    }
    Reply added =
        author.put(
            "/api/v1/programmes/" + previewProgramme + "/modules/" + moduleId,
            "{\"phase\": \"LAERING\", \"rule\": {\"kind\": \"release\"}}");
    assertEquals(200, added.status(), added.body());
  }

  private static long unitOf(long programme) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement("SELECT org_unit_id FROM programme WHERE id = ?")) {
      query.setLong(1, programme);
      ResultSet row = query.executeQuery();
      row.next();
      return row.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void openPlayer(Browser browser, long moduleId) {
    browser.open("/player/play.xhtml?module=" + moduleId);
    enterSco(browser);
  }

  /**
   * Into the SCO's frame: the player page frames the launcher (content origin), which frames the
   * SCO.
   */
  public static void enterSco(Browser browser) {
    enterLauncher(browser);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco-frame")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("initialized"), "true"));
  }

  /** Into the launcher's frame, where the SCORM runtime lives. */
  public static void enterLauncher(Browser browser) {
    browser.driver().switchTo().defaultContent();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("content-frame")));
  }

  /** Waits until the launcher shows the SCO whose launch file ends so. */
  static void waitForScoFile(Browser browser, String fileEnding) {
    enterLauncher(browser);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeContains(By.id("sco-frame"), "src", fileEnding));
    browser.driver().switchTo().defaultContent();
  }

  public static void waitForResult(Browser browser, String result) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("result"), result));
  }

  /**
   * The player page's configuration for the caller (as the page hands it to its script): the
   * content address, the launcher's commit channel, and so on.
   */
  public static JsonObject playerConfig(Api caller, long moduleId, boolean preview) {
    Reply page =
        caller.get("/player/play.xhtml?module=" + moduleId + (preview ? "&preview=true" : ""));
    assertEquals(200, page.status(), page.body());
    java.util.regex.Matcher json =
        java.util.regex.Pattern.compile(
                "id=\"player-config\">(.*?)</script>", java.util.regex.Pattern.DOTALL)
            .matcher(page.body());
    if (!json.find()) {
      throw new AssertionError("no player configuration on the page: " + page.body());
    }
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json.group(1)))) {
      return reader.readObject();
    }
  }

  /** The hire's attempt at the module, as {@code GET /api/v1/attempts/{id}} shows it. */
  public static JsonObject attempt(Api hire, long moduleId) {
    Reply modules = hire.get("/api/v1/me/modules");
    assertEquals(200, modules.status(), modules.body());
    JsonObject module =
        modules.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getJsonNumber("moduleId").longValue() == moduleId)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("module " + moduleId + " not in " + modules.body()));
    Reply attempt = hire.get("/api/v1/attempts/" + module.getJsonNumber("attemptId").longValue());
    assertEquals(200, attempt.status(), attempt.body());
    return attempt.json();
  }

  /** The hire's attempt at the module, read with a token of theirs. */
  public static JsonObject attemptOf(String hire, long moduleId) {
    return attempt(Api.withToken(TestAccounts.tokenFor(hire)), moduleId);
  }

  /** The CMI JSON stored for a SCO of the hire's attempt at a module. */
  static Optional<String> storedCmi(String hire, long moduleId, String sco) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT s.cmi_json FROM sco_state s JOIN attempt a ON a.id = s.attempt_id JOIN"
                    + " account u ON u.id = a.learner_id WHERE u.username = ? AND a.module_id = ?"
                    + " AND s.sco = ?")) {
      query.setString(1, hire);
      query.setLong(2, moduleId);
      query.setString(3, sco);
      ResultSet row = query.executeQuery();
      return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sequencing engine's state kept for the hire's attempt at a module. */
  static Optional<String> storedSequencingState(String hire, long moduleId) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT a.sequencing_state FROM attempt a JOIN account u ON u.id = a.learner_id"
                    + " WHERE u.username = ? AND a.module_id = ?")) {
      query.setString(1, hire);
      query.setLong(2, moduleId);
      ResultSet row = query.executeQuery();
      return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(String resource) {
    try (InputStream in = PlayerFixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
