package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.DemoCatalog;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Just-in-time unlocking through the API: case-system step events, paths, releases, access. */
class UnlockingApiIT {

  private static final Api CASE_SYSTEM = Api.withToken("demo-sagssystem-token");

  private String hire;
  private long enrollment;
  private Api hireApi;
  private Map<String, Long> modules;

  @BeforeEach
  void aNewHireStartsInBoernOgUnge() {
    hire = PlayerFixtures.newHire();
    hireApi = Api.withToken(TestAccounts.tokenFor(hire));
    Reply found = Api.withToken("demo-admin-token").get("/api/v1/enrollments?employee=" + hire);
    assertEquals(200, found.status());
    enrollment = found.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    modules = DemoCatalog.moduleIdsByTitle();
  }

  private long module(String titleStart) {
    return DemoCatalog.moduleId(modules, titleStart);
  }

  private String event(String employee, String step, String eventId, String caseRef) {
    return "{\"employee\": \""
        + employee
        + "\", \"step\": \""
        + step
        + "\", \"occurredAt\": \"2026-11-22T09:30:00+01:00\", \"eventId\": \""
        + eventId
        + "\""
        + (caseRef == null ? "" : ", \"caseRef\": \"" + caseRef + "\"")
        + "}";
  }

  private Map<Long, JsonObject> path(Api caller) {
    Reply reply = caller.get("/api/v1/enrollments/" + enrollment + "/path");
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("modules").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(m -> m.getJsonNumber("moduleId").longValue(), m -> m));
  }

  @Test
  void aStepEventUnlocksExactlyTheModulesMappedToThatStepAndARepeatChangesNothing() {
    long underretninger = module("Underretninger");
    assertEquals("locked", path(hireApi).get(underretninger).getString("state"));

    Reply first =
        CASE_SYSTEM.post(
            "/api/v1/step-events", event(hire, "underretning", hire + "-1", "DUBU-2026-1"));
    assertEquals(201, first.status(), first.body());
    assertEquals(List.of(underretninger), numbers(first.json(), "unlockedModules"));

    Reply repeat =
        CASE_SYSTEM.post(
            "/api/v1/step-events", event(hire, "underretning", hire + "-1", "DUBU-2026-1"));
    assertEquals(200, repeat.status());
    assertTrue(repeat.json().getBoolean("duplicate"));
    assertEquals(List.of(), numbers(repeat.json(), "unlockedModules"));

    JsonObject opened = path(hireApi).get(underretninger);
    assertEquals("unlocked", opened.getString("state"));
    assertEquals("step", opened.getJsonObject("reason").getString("type"));
    assertEquals("underretning", opened.getJsonObject("reason").getString("step"));
    assertTrue(
        opened.getString("playerUrl").endsWith("/player/play.xhtml?module=" + underretninger));
  }

  @Test
  void aLockedModuleSaysWhatItWaitsFor() {
    Map<Long, JsonObject> path = path(hireApi);

    JsonObject investigation = path.get(module("Børnefaglig undersøgelse"));
    assertEquals("locked", investigation.getString("state"));
    assertEquals("step", investigation.getJsonObject("waitingFor").getString("type"));
    assertEquals(
        "boernefaglig-undersoegelse", investigation.getJsonObject("waitingFor").getString("step"));
    assertTrue(!investigation.containsKey("playerUrl") || investigation.isNull("playerUrl"));
    JsonObject reasons = path.get(module("Begrundelse"));
    assertTrue(
        reasons.getJsonArray("waitingForAll").getValuesAs(JsonObject.class).stream()
            .anyMatch(w -> w.getString("type").equals("day") && w.containsKey("date")),
        reasons.toString());
    assertEquals("unlocked", path.get(module("Notatpligt")).getString("state"), "day 0 is today");
  }

  @Test
  void completingAModuleThroughACommitUnlocksTheModuleThatWaitsForIt() {
    // In the demo programme Partshøring waits for Notatpligt. A commit stores itself in a JDBC
    // transaction of its own, not the container's; the unlocking must still follow it.
    long notes = module("Notatpligt");
    long hearing = module("Partshøring");
    assertEquals("locked", path(hireApi).get(hearing).getString("state"));
    Reply started = hireApi.post("/api/v1/modules/" + notes + "/attempts", "{}");
    long attempt = started.json().getJsonNumber("attemptId").longValue();

    Reply completed =
        hireApi.post(
            "/api/v1/attempts/" + attempt + "/commits",
            "{\"sco\": \"ITEM-notatpligt\", \"sequence\": 1, \"terminated\": true, \"cmi\":"
                + " {\"core\": {\"lesson_status\": \"completed\", \"session_time\": \"00:01:00\"}}}");

    assertEquals(200, completed.status(), completed.body());
    assertTrue(completed.json().getBoolean("moduleCompleted"), completed.body());
    assertEquals("unlocked", path(hireApi).get(hearing).getString("state"));
  }

  @Test
  void badStepEventsAreRefusedWithTheirCodes() {
    assertCode(
        422,
        "step-event.unknown-employee",
        CASE_SYSTEM.post("/api/v1/step-events", event("findes-ikke", "underretning", "x-1", null)));
    assertCode(
        422,
        "step-event.unknown-step",
        CASE_SYSTEM.post("/api/v1/step-events", event(hire, "ukendt-trin", "x-2", null)));
    assertCode(
        422,
        "step-event.cpr",
        CASE_SYSTEM.post("/api/v1/step-events", event(hire, "underretning", "x-3", "010203-1234")));
    assertCode(
        422,
        "step-event.case-ref",
        CASE_SYSTEM.post("/api/v1/step-events", event(hire, "underretning", "x-4", "Anna Hansen")));
    assertCode(
        403,
        "step-event.no-permission",
        Api.withToken("demo-admin-token")
            .post("/api/v1/step-events", event(hire, "underretning", "x-5", null)));
    assertCode(
        401,
        "not-authenticated",
        Api.anonymous().post("/api/v1/step-events", event(hire, "underretning", "x-6", null)));
  }

  @Test
  void aMentorReleasesAModuleOutsideTheProgrammeAndItOpensAtOnce() {
    long extra = module("Sygedagpenge");
    Api mentor = Api.withToken(TestAccounts.tokenFor("mentor"));

    Reply released =
        mentor.post(
            "/api/v1/enrollments/" + enrollment + "/releases", "{\"moduleId\": " + extra + "}");

    assertEquals(201, released.status(), released.body());
    assertEquals("unlocked", released.json().getString("state"));
    assertEquals("release", released.json().getJsonObject("reason").getString("type"));
    assertEquals("unlocked", path(hireApi).get(extra).getString("state"));
    assertEquals(
        201,
        hireApi
            .send(
                hireApi
                    .request("/api/v1/modules/" + extra + "/attempts")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
            .status());
  }

  @Test
  void onlyTheHireTheirMentorsTheirLeaderAndAdministratorsSeeThePath() {
    assertEquals(
        200,
        Api.withToken(TestAccounts.tokenFor("mentor"))
            .get("/api/v1/enrollments/" + enrollment + "/path")
            .status());
    assertEquals(
        200,
        Api.withToken(TestAccounts.tokenFor("leder"))
            .get("/api/v1/enrollments/" + enrollment + "/path")
            .status());
    for (String outsider : List.of("mentor2", "buddy", PlayerFixtures.newHire())) {
      Api caller = Api.withToken(TestAccounts.tokenFor(outsider));
      assertCode(403, "access-denied", caller.get("/api/v1/enrollments/" + enrollment + "/path"));
      assertEquals(
          403,
          caller
              .post("/api/v1/enrollments/" + enrollment + "/releases", "{\"moduleId\": 1}")
              .status(),
          outsider);
    }
  }

  @Test
  void aLockedModulesPlayerRestAndContentAreRefused() throws Exception {
    long locked = module("Børnefaglig undersøgelse");
    Reply module = Api.withToken("demo-forfatter-token").get("/api/v1/modules/" + locked);
    long version = module.json().getJsonObject("current").getJsonNumber("id").longValue();

    assertEquals(403, hireApi.get("/player/play.xhtml?module=" + locked).status());
    assertCode(
        403,
        "module.locked",
        hireApi.send(
            hireApi
                .request("/api/v1/modules/" + locked + "/attempts")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())));
    // Package files live on the content origin, under an address only the player page hands out
    // (refused above); the application itself serves none.
    assertEquals(404, hireApi.get("/content/" + version + "/del-1.html").status());
    assertTrue(
        hireApi
            .get("/api/v1/me/modules")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(m -> m.getJsonNumber("moduleId").longValue() == locked));
  }

  private static void assertCode(int status, String code, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals(code, reply.json().getString("code"), reply.body());
  }

  private static List<Long> numbers(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::longValue)
        .toList();
  }
}
