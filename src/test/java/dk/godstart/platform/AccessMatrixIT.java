package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.DemoCatalog;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.RestEndpoints;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint and every page, called by every kind of caller, with the status each must
 * get. Endpoints are found by reflection over the resource classes and pages by listing the WAR, so
 * a new endpoint or page without a row here fails the build.
 *
 * <p>Each row gives one expectation per caller, in the order of {@link #CALLERS}: a status, or
 * {@code ok} for "let through" (any answer below 500 that is not 401, 403 or a redirect to sign
 * in). Changing calls are sent with bodies that fail validation after the check, or name things
 * that do not exist, so that the demo stays as it was.
 */
class AccessMatrixIT {

  /** Who calls, in the order of each row's expectations. */
  private static final List<String> CALLERS =
      List.of(
          "anonymous",
          "hire",
          "other hire",
          "hire's mentor",
          "other mentor",
          "buddy",
          "author",
          "leader of the unit",
          "leader of another unit",
          "admin",
          "integration");

  private static final HttpClient NO_REDIRECTS =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final Map<String, String> TOKENS = new LinkedHashMap<>();
  private static long enrollment;
  private static long attempt;
  private static long module;
  private static long programme;

  /** One call and its expectations, e.g. {@code "401 403 ok …"} for the callers in order. */
  private record Row(String endpoint, String method, String path, String body, String expected) {

    List<String> expectations() {
      List<String> each = List.of(expected.trim().split("\\s+"));
      assertEquals(CALLERS.size(), each.size(), "one expectation per caller in " + endpoint);
      return each;
    }
  }

  @BeforeAll
  static void callersAndTheThingsTheyCall() throws Exception {
    String otherLeader = TestAccounts.copyOf("leder", "leder-andet-" + System.nanoTime());
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement move =
            db.prepareStatement(
                "UPDATE account SET org_unit_id = (SELECT id FROM org_unit WHERE name ="
                    + " 'Jobcenter') WHERE username = ?")) {
      move.setString(1, otherLeader);
      assertEquals(1, move.executeUpdate());
    }
    TOKENS.put("anonymous", null);
    TOKENS.put("hire", TestAccounts.tokenFor("nyansat"));
    TOKENS.put(
        "other hire",
        TestAccounts.tokenFor(TestAccounts.copyOf("nyansat", "anden-" + System.nanoTime())));
    TOKENS.put("hire's mentor", TestAccounts.tokenFor("mentor"));
    TOKENS.put(
        "other mentor",
        TestAccounts.tokenFor(TestAccounts.copyOf("mentor", "mentor-andet-" + System.nanoTime())));
    TOKENS.put("buddy", TestAccounts.tokenFor("buddy"));
    TOKENS.put("author", "demo-forfatter-token");
    TOKENS.put("leader of the unit", TestAccounts.tokenFor("leder"));
    TOKENS.put("leader of another unit", TestAccounts.tokenFor(otherLeader));
    TOKENS.put("admin", "demo-admin-token");
    TOKENS.put("integration", "demo-sagssystem-token");

    Api admin = Api.withToken("demo-admin-token");
    enrollment =
        admin
            .get("/api/v1/enrollments?employee=nyansat")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject started =
        Api.withToken(TOKENS.get("hire"))
            .get("/api/v1/me/modules")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> "in-progress".equals(m.getString("state")))
            .filter(m -> m.get("attemptId") instanceof JsonNumber)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo hire has a module under way"));
    attempt = started.getJsonNumber("attemptId").longValue();
    module = started.getJsonNumber("moduleId").longValue();
    programme =
        Api.withToken("demo-forfatter-token")
            .get("/api/v1/programmes")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("name").equals("Introduktion i Børn og Unge"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertTrue(DemoCatalog.moduleIdsByTitle().containsValue(module));
  }

  //                        anon hire othr mntr omnt bddy auth lead olea admn intg
  private static final String ADMIN_ONLY = "401 403 403 403 403 403 403 403 403 ok 403";
  private static final String AUTHORS = "401 403 403 403 403 403 ok 403 403 ok 403";
  private static final String LEARNER = "401 ok 403 403 403 403 403 403 403 403 403";
  private static final String LEADERS = "401 403 403 403 403 403 403 ok ok ok 403";
  private static final String READ_PROGRAMMES = "401 403 403 403 403 403 ok ok ok ok 403";
  private static final String SIGNED_IN = "401 ok ok ok ok ok ok ok ok ok ok";

  private static List<Row> apiRows() {
    String e = "/api/v1/enrollments/" + enrollment;
    String a = "/api/v1/attempts/" + attempt;
    String p = "/api/v1/programmes/" + programme;
    return List.of(
        new Row("GET /api-tokens", "GET", "/api/v1/api-tokens", null, ADMIN_ONLY),
        new Row("POST /api-tokens", "POST", "/api/v1/api-tokens", "{}", ADMIN_ONLY),
        new Row(
            "DELETE /api-tokens/{id}", "DELETE", "/api/v1/api-tokens/999999999", null, ADMIN_ONLY),
        new Row("GET /me", "GET", "/api/v1/me", null, SIGNED_IN),
        new Row("GET /me/modules", "GET", "/api/v1/me/modules", null, SIGNED_IN),
        new Row("GET /modules", "GET", "/api/v1/modules", null, AUTHORS),
        new Row("GET /modules/{id}", "GET", "/api/v1/modules/" + module, null, AUTHORS),
        new Row("POST /modules", "POST", "/api/v1/modules", "", AUTHORS),
        new Row(
            "POST /modules/{id}/versions",
            "POST",
            "/api/v1/modules/" + module + "/versions",
            "",
            AUTHORS),
        new Row(
            "POST /modules/{id}/attempts",
            "POST",
            "/api/v1/modules/" + module + "/attempts",
            "{}",
            LEARNER),
        new Row("GET /attempts/{id}", "GET", a, null, "401 ok 403 ok 403 403 403 403 403 403 403"),
        new Row("POST /attempts/{id}/commits", "POST", a + "/commits", "{}", LEARNER),
        new Row(
            "PUT /attempts/{id}/sequencing-state", "PUT", a + "/sequencing-state", "{}", LEARNER),
        new Row(
            "POST /step-events",
            "POST",
            "/api/v1/step-events",
            "{}",
            "401 403 403 403 403 403 403 403 403 403 ok"),
        new Row("GET /enrollments", "GET", "/api/v1/enrollments", null, LEADERS),
        new Row("POST /enrollments", "POST", "/api/v1/enrollments", "{}", LEADERS),
        new Row(
            "GET /enrollments/{id}/path",
            "GET",
            e + "/path",
            null,
            "401 ok 403 ok 403 403 403 ok 403 ok 403"),
        new Row(
            "POST /enrollments/{id}/releases",
            "POST",
            e + "/releases",
            "{}",
            "401 403 403 ok 403 403 403 403 403 ok 403"),
        new Row("GET /programmes", "GET", "/api/v1/programmes", null, READ_PROGRAMMES),
        new Row("GET /programmes/{id}", "GET", p, null, READ_PROGRAMMES),
        new Row(
            "PUT /programmes/{id}/modules/{moduleId}",
            "PUT",
            p + "/modules/" + module,
            "{}",
            AUTHORS),
        new Row(
            "DELETE /programmes/{id}/modules/{moduleId}",
            "DELETE",
            p + "/modules/999999999",
            null,
            AUTHORS),
        new Row("POST /programmes/{id}/copies", "POST", p + "/copies", "{}", AUTHORS));
  }

  //                     anon hire othr mntr omnt bddy auth lead olea admn intg
  private static final String PAGE_ALL = "302 ok ok ok ok ok ok ok ok ok ok";
  private static final String PUBLIC = "ok ok ok ok ok ok ok ok ok ok ok";
  private static final String PAGE_AUTHORS = "302 403 403 403 403 403 ok 403 403 ok 403";

  /**
   * Pages about the caller's own things (their path, their hires, their buddy weeks, their
   * modules): anyone signed in opens them and sees only what is theirs, often nothing.
   */
  private static final String PAGE_OWN = PAGE_ALL;

  private static List<Row> pageRows() {
    return List.of(
        new Row("/index.xhtml", "GET", "/index.xhtml", null, PAGE_ALL),
        new Row("/signin.xhtml", "GET", "/signin.xhtml", null, PUBLIC),
        new Row("/error/403.xhtml", "GET", "/error/403.xhtml", null, PUBLIC),
        new Row("/error/404.xhtml", "GET", "/error/404.xhtml", null, PUBLIC),
        new Row("/error/500.xhtml", "GET", "/error/500.xhtml", null, PUBLIC),
        new Row("/error/expired.xhtml", "GET", "/error/expired.xhtml", null, PUBLIC),
        new Row(
            "/admin/api-tokens.xhtml",
            "GET",
            "/admin/api-tokens.xhtml",
            null,
            "302 403 403 403 403 403 403 403 403 ok 403"),
        new Row("/catalog/modules.xhtml", "GET", "/catalog/modules.xhtml", null, PAGE_AUTHORS),
        new Row(
            "/catalog/module.xhtml",
            "GET",
            "/catalog/module.xhtml?id=" + module,
            null,
            PAGE_AUTHORS),
        new Row("/process/processes.xhtml", "GET", "/process/processes.xhtml", null, PAGE_AUTHORS),
        new Row(
            "/process/programmes.xhtml", "GET", "/process/programmes.xhtml", null, PAGE_AUTHORS),
        new Row("/enrollment/my-path.xhtml", "GET", "/enrollment/my-path.xhtml", null, PAGE_OWN),
        new Row("/enrollment/hires.xhtml", "GET", "/enrollment/hires.xhtml", null, PAGE_OWN),
        new Row(
            "/enrollment/enrollments.xhtml",
            "GET",
            "/enrollment/enrollments.xhtml",
            null,
            "302 403 403 403 403 403 403 ok ok ok 403"),
        new Row(
            "/enrollment/path.xhtml",
            "GET",
            "/enrollment/path.xhtml?id=" + enrollment,
            null,
            "302 ok 403 ok 403 403 403 ok 403 ok 403"),
        new Row("/enrollment/buddy.xhtml", "GET", "/enrollment/buddy.xhtml", null, PAGE_OWN),
        new Row("/player/mine.xhtml", "GET", "/player/mine.xhtml", null, PAGE_OWN),
        new Row(
            "/player/play.xhtml",
            "GET",
            "/player/play.xhtml?module=" + module,
            null,
            "302 ok 403 403 403 403 403 403 403 403 403"),
        new Row(
            "/player/play.xhtml",
            "GET",
            "/player/play.xhtml?module=" + module + "&preview=true",
            null,
            "302 403 403 ok ok 403 ok ok ok 403 403"));
  }

  @Test
  void everyRestEndpointHasARow() {
    Set<String> discovered =
        RestEndpoints.all().stream()
            .map(RestEndpoints.Endpoint::key)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> covered =
        apiRows().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(discovered, covered, "add a row for each new endpoint");
  }

  @Test
  void everyPageHasARow() throws IOException {
    Set<String> pages = new TreeSet<>();
    try (ZipFile war = new ZipFile(Path.of(System.getProperty("godstart.war")).toFile())) {
      war.stream()
          .map(entry -> "/" + entry.getName())
          .filter(name -> name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/"))
          .forEach(pages::add);
    }
    Set<String> covered =
        pageRows().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(pages, covered, "add a row for each new page");
  }

  @Test
  void everyCallerGetsTheExpectedAnswerFromEveryEndpoint() {
    assertMatrix(apiRows());
  }

  @Test
  void everyCallerGetsTheExpectedAnswerFromEveryPage() {
    assertMatrix(pageRows());
  }

  private static void assertMatrix(List<Row> rows) {
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      List<String> expected = row.expectations();
      for (int i = 0; i < CALLERS.size(); i++) {
        String caller = CALLERS.get(i);
        HttpResponse<String> response = send(row, TOKENS.get(caller));
        String actual = verdict(response);
        if (!actual.equals(expected.get(i))) {
          wrong.add(
              row.method()
                  + " "
                  + row.path()
                  + " as "
                  + caller
                  + ": expected "
                  + expected.get(i)
                  + ", got "
                  + response.statusCode()
                  + " ("
                  + actual
                  + ")");
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
  }

  /** The answer as a row states it: 401, 403, 302 (to sign-in), ok, or the status itself. */
  private static String verdict(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 302 || status == 303) {
      String location = response.headers().firstValue("Location").orElse("");
      return location.contains("/signin.xhtml") ? "302" : "redirect " + location;
    }
    if (status == 401 || status == 403 || status >= 500) {
      return String.valueOf(status);
    }
    return "ok";
  }

  private static HttpResponse<String> send(Row row, String token) {
    Api api = token == null ? Api.anonymous() : Api.withToken(token);
    HttpRequest.Builder request = api.request(row.path());
    if (row.body() == null) {
      request.method(row.method(), HttpRequest.BodyPublishers.noBody());
    } else if (row.body().isEmpty()) {
      request
          .header("Content-Type", "multipart/form-data; boundary=nothing")
          .method(row.method(), HttpRequest.BodyPublishers.ofString("--nothing--\r\n"));
    } else {
      request
          .header("Content-Type", "application/json")
          .method(row.method(), HttpRequest.BodyPublishers.ofString(row.body()));
    }
    try {
      return NO_REDIRECTS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
