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
  private static long sharedNote;
  private static long draftNote;
  private static long meeting;

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
    programme = TestAccounts.demoProgramme(Api.withToken("demo-forfatter-token"));
    assertTrue(DemoCatalog.moduleIdsByTitle().containsValue(module));
    List<JsonObject> logbook =
        Api.withToken(TOKENS.get("hire"))
            .get("/api/v1/me/notes")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> !(n.get("moduleId") instanceof JsonNumber))
            .toList();
    // Sofie's logbook: one entry reviewed by a mentor (taking it again is refused), one draft.
    sharedNote = noteIn(logbook, false);
    draftNote = noteIn(logbook, true);
    meeting =
        Api.withToken(TOKENS.get("hire"))
            .get("/api/v1/enrollments/" + enrollment + "/meetings")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
  }

  private static long noteIn(List<JsonObject> notes, boolean draft) {
    return notes.stream()
        .filter(n -> "draft".equals(n.getString("state")) == draft)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the demo hire has such a logbook entry"))
        .getJsonNumber("id")
        .longValue();
  }

  //                        anon hire othr mntr omnt bddy auth lead olea admn intg
  private static final String ADMIN_ONLY = "401 403 403 403 403 403 403 403 403 ok 403";
  private static final String AUTHORS = "401 403 403 403 403 403 ok 403 403 ok 403";
  private static final String LEARNER = "401 ok 403 403 403 403 403 403 403 403 403";
  private static final String LEADERS = "401 403 403 403 403 403 403 ok ok ok 403";
  private static final String READ_PROGRAMMES = "401 403 403 403 403 403 ok ok ok ok 403";
  private static final String SIGNED_IN = "401 ok ok ok ok ok ok ok ok ok ok";

  /** Notes and status meetings: the hire and the hire's current mentors, nobody else. */
  private static final String HIRE_AND_MENTOR = "401 ok 403 ok 403 403 403 403 403 403 403";

  /** One's own notes: hires, each their own (another hire gets theirs, none of Sofie's). */
  private static final String HIRES = "401 ok ok 403 403 403 403 403 403 403 403";

  private static final String HIRES_MENTOR = "401 403 403 ok 403 403 403 403 403 403 403";
  private static final String MENTORS = "401 403 403 ok ok 403 403 403 403 403 403";
  private static final String UNIT_LEADER = "401 403 403 403 403 403 403 ok 403 ok 403";

  /** The attempt channel with a token that is no attempt's: refused alike, whoever calls. */
  private static final String NOBODY = "403 403 403 403 403 403 403 403 403 403 403";

  private static final String ANYONE = "ok ok ok ok ok ok ok ok ok ok ok";

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
        new Row("POST /programmes/{id}/copies", "POST", p + "/copies", "{}", AUTHORS),
        new Row(
            "GET /enrollments/{id}/employment-end",
            "GET",
            e + "/employment-end",
            null,
            UNIT_LEADER),
        new Row(
            "PUT /enrollments/{id}/employment-end",
            "PUT",
            e + "/employment-end",
            "{}",
            UNIT_LEADER),
        // Sofie's employment has no end in the demo: clearing it changes nothing.
        new Row(
            "DELETE /enrollments/{id}/employment-end",
            "DELETE",
            e + "/employment-end",
            null,
            UNIT_LEADER),
        new Row("GET /dashboard/overview", "GET", "/api/v1/dashboard/overview", null, LEADERS),
        new Row("GET /dashboard/hires", "GET", "/api/v1/dashboard/hires", null, LEADERS),
        new Row(
            "GET /dashboard/modules", "GET", "/api/v1/dashboard/modules", null, READ_PROGRAMMES),
        new Row("GET /dashboard/mentors", "GET", "/api/v1/dashboard/mentors", null, LEADERS),
        new Row(
            "GET /dashboard/competences", "GET", "/api/v1/dashboard/competences", null, LEADERS),
        new Row("GET /dashboard/retention", "GET", "/api/v1/dashboard/retention", null, LEADERS),
        new Row("GET /enrollments/{id}/meetings", "GET", e + "/meetings", null, HIRE_AND_MENTOR),
        new Row("POST /enrollments/{id}/meetings", "POST", e + "/meetings", "{}", HIRES_MENTOR),
        new Row("GET /me/notes", "GET", "/api/v1/me/notes", null, HIRES),
        new Row("GET /me/notes/export", "GET", "/api/v1/me/notes/export", null, HIRES),
        new Row("GET /meetings/{id}", "GET", "/api/v1/meetings/" + meeting, null, HIRE_AND_MENTOR),
        new Row(
            "GET /meetings/{id}/calendar",
            "GET",
            "/api/v1/meetings/" + meeting + "/calendar",
            null,
            HIRE_AND_MENTOR),
        new Row(
            "POST /meetings/{id}/agenda",
            "POST",
            "/api/v1/meetings/" + meeting + "/agenda",
            "{}",
            HIRE_AND_MENTOR),
        new Row(
            "PUT /meetings/{id}/summary",
            "PUT",
            "/api/v1/meetings/" + meeting + "/summary",
            "{}",
            HIRES_MENTOR),
        new Row("GET /notes/{id}", "GET", "/api/v1/notes/" + sharedNote, null, HIRE_AND_MENTOR),
        new Row("PUT /notes/{id}", "PUT", "/api/v1/notes/" + draftNote, "{}", LEARNER),
        new Row("POST /notes", "POST", "/api/v1/notes", "{}", LEARNER),
        new Row(
            "POST /notes/{id}/comments",
            "POST",
            "/api/v1/notes/" + sharedNote + "/comments",
            "{}",
            HIRE_AND_MENTOR),
        new Row(
            "POST /notes/{id}/review",
            "POST",
            "/api/v1/notes/" + sharedNote + "/review",
            "{}",
            HIRES_MENTOR),
        // Submitting a note already reviewed, taking one another mentor holds: refused after the
        // check, so the demo stays as it was.
        new Row(
            "POST /notes/{id}/submission",
            "POST",
            "/api/v1/notes/" + sharedNote + "/submission",
            null,
            LEARNER),
        new Row(
            "POST /notes/{id}/take",
            "POST",
            "/api/v1/notes/" + sharedNote + "/take",
            null,
            HIRES_MENTOR),
        // Counts for leaders, of their own unit (issue 10: "Leader: only counts"); administrators
        // see the waiting notes among the dashboard's figures.
        new Row(
            "GET /review-counts",
            "GET",
            "/api/v1/review-counts",
            null,
            "401 403 403 403 403 403 403 ok ok 403 403"),
        new Row("GET /review-queue", "GET", "/api/v1/review-queue", null, MENTORS),
        new Row(
            "PUT /modules/{id}/prompts",
            "PUT",
            "/api/v1/modules/" + module + "/prompts",
            "{}",
            AUTHORS));
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

  private static final String PAGE_ADMINS = "302 403 403 403 403 403 403 403 403 ok 403";
  private static final String PAGE_LEADERS = "302 403 403 403 403 403 403 ok ok ok 403";
  private static final String PAGE_HIRE_AND_MENTOR = "302 ok 403 ok 403 403 403 403 403 403 403";

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
            "302 403 403 ok ok 403 ok ok ok 403 403"),
        new Row("/accessibility.xhtml", "GET", "/accessibility.xhtml", null, PUBLIC),
        new Row("/invitation.xhtml", "GET", "/invitation.xhtml?token=x", null, PUBLIC),
        new Row("/forgot-password.xhtml", "GET", "/forgot-password.xhtml", null, PUBLIC),
        new Row("/admin/accounts.xhtml", "GET", "/admin/accounts.xhtml", null, PAGE_ADMINS),
        new Row("/admin/account.xhtml", "GET", "/admin/account.xhtml?id=1", null, PAGE_ADMINS),
        new Row("/admin/units.xhtml", "GET", "/admin/units.xhtml", null, PAGE_ADMINS),
        new Row(
            "/dashboard/overview.xhtml", "GET", "/dashboard/overview.xhtml", null, PAGE_LEADERS),
        new Row("/dashboard/hires.xhtml", "GET", "/dashboard/hires.xhtml", null, PAGE_LEADERS),
        new Row(
            "/dashboard/hire.xhtml",
            "GET",
            "/dashboard/hire.xhtml?id=" + enrollment,
            null,
            // A hire outside a leader's units is not found there (404), as in the API's scope.
            PAGE_LEADERS),
        new Row(
            "/dashboard/modules.xhtml",
            "GET",
            "/dashboard/modules.xhtml",
            null,
            "302 403 403 403 403 403 ok ok ok ok 403"),
        new Row("/dashboard/mentors.xhtml", "GET", "/dashboard/mentors.xhtml", null, PAGE_LEADERS),
        new Row(
            "/dashboard/competences.xhtml",
            "GET",
            "/dashboard/competences.xhtml",
            null,
            PAGE_LEADERS),
        new Row(
            "/dashboard/retention.xhtml", "GET", "/dashboard/retention.xhtml", null, PAGE_LEADERS),
        new Row(
            "/reflection/meetings.xhtml",
            "GET",
            "/reflection/meetings.xhtml?enrollment=" + enrollment,
            null,
            PAGE_HIRE_AND_MENTOR),
        new Row("/reflection/news.xhtml", "GET", "/reflection/news.xhtml", null, PAGE_OWN),
        new Row(
            "/reflection/note.xhtml",
            "GET",
            "/reflection/note.xhtml?id=" + sharedNote,
            null,
            PAGE_HIRE_AND_MENTOR),
        new Row(
            "/reflection/notes.xhtml",
            "GET",
            "/reflection/notes.xhtml",
            null,
            "302 ok ok 403 403 403 403 403 403 403 403"),
        new Row(
            "/reflection/queue.xhtml",
            "GET",
            "/reflection/queue.xhtml",
            null,
            "302 403 403 ok ok 403 403 403 403 403 403"));
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
