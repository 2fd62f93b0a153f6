package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.DemoCatalog;
import dk.godstart.testsupport.RestEndpoints;
import dk.godstart.testsupport.RestEndpoints.Endpoint;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that reads a JSON body answers a body of the wrong shape with the JSON error (400
 * or 422), never 500 or an HTML page; and a caller without the right gets 403 whatever they sent.
 */
class MalformedJsonIT {

  /** Bodies that are JSON, or nearly, but never what any endpoint takes. */
  private static final List<String> MALFORMED =
      List.of(
          "[]",
          "\"x\"",
          "null",
          "42",
          "true",
          "",
          "{",
          "{\"a\": 1",
          "[" + "[".repeat(20_000) + "]".repeat(20_000) + "]",
          "{\"a\": " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000) + "}");

  private static String hireToken;
  private static String otherHireToken;
  private static Map<String, Row> rows;
  private static String channel;

  /** How to call an endpoint: the path with ids, who may, who may not, and its wrong types. */
  private record Row(
      String path,
      String allowed,
      String forbidden,
      List<String> wrongTypes,
      String forbiddenPath) {

    Row(String path, String allowed, String forbidden, List<String> wrongTypes) {
      this(path, allowed, forbidden, wrongTypes, path);
    }
  }

  @BeforeAll
  static void theDemoHiresEnrolmentAndAttempt() {
    hireToken = TestAccounts.tokenFor("nyansat");
    otherHireToken =
        TestAccounts.tokenFor(TestAccounts.copyOf("nyansat", "malformed-" + System.nanoTime()));
    long enrollment =
        Api.withToken("demo-admin-token")
            .get("/api/v1/enrollments?employee=nyansat")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long programme =
        Api.withToken("demo-forfatter-token")
            .get("/api/v1/programmes")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long module = DemoCatalog.moduleIdsByTitle().values().iterator().next();
    long attempt =
        Api.withToken(hireToken)
            .get("/api/v1/me/modules")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.get("attemptId") instanceof jakarta.json.JsonNumber)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("attemptId")
            .longValue();
    rows = new java.util.HashMap<>();
    rows.putAll(
        Map.of(
            "POST /api-tokens",
            new Row(
                "/api/v1/api-tokens",
                "demo-admin-token",
                hireToken,
                List.of(
                    "{\"name\": 5}",
                    "{\"name\": \"x\", \"account\": [\"leder\"]}",
                    "{\"name\": \"x\", \"account\": \"leder\", \"integration\": \"ja\"}")),
            "POST /enrollments",
            new Row(
                "/api/v1/enrollments",
                "demo-admin-token",
                hireToken,
                List.of(
                    "{\"employee\": 1}",
                    "{\"employee\": \"x\", \"programmeId\": \"x\"}",
                    "{\"employee\": \"x\", \"programmeId\": 1.5}",
                    "{\"employee\": \"x\", \"startDate\": true}",
                    "{\"employee\": \"x\", \"substituteMentors\": [1]}",
                    "{\"employee\": \"x\", \"buddies\": \"buddy\"}",
                    "{\"employee\": \"x\", \"email\": 5}")),
            "POST /enrollments/{id}/releases",
            new Row(
                "/api/v1/enrollments/" + enrollment + "/releases",
                "demo-admin-token",
                hireToken,
                List.of("{\"moduleId\": \"x\"}", "{\"moduleId\": 1.5}", "{\"moduleId\": [1]}")),
            "PUT /programmes/{id}/modules/{moduleId}",
            new Row(
                "/api/v1/programmes/" + programme + "/modules/" + module,
                "demo-forfatter-token",
                hireToken,
                List.of(
                    "{\"rule\": []}",
                    "{\"rule\": {\"type\": 5}, \"phase\": 3}",
                    "{\"rule\": {\"type\": \"mentor-release\"}, \"phase\": \"OPSTART\","
                        + " \"required\": \"ja\"}",
                    "{\"rule\": {\"type\": \"mentor-release\"}, \"phase\": \"OPSTART\","
                        + " \"dueDays\": \"x\"}")),
            "POST /programmes/{id}/copies",
            new Row(
                "/api/v1/programmes/" + programme + "/copies",
                "demo-forfatter-token",
                hireToken,
                List.of(
                    "{\"orgUnitId\": \"x\", \"name\": \"y\"}", "{\"orgUnitId\": 1, \"name\": 3}")),
            "POST /step-events",
            new Row(
                "/api/v1/step-events",
                "demo-sagssystem-token",
                hireToken,
                List.of(
                    "{\"employee\": 1, \"step\": [], \"occurredAt\": 5, \"eventId\": {}}",
                    "{\"employee\": \"nyansat\", \"step\": \"x\", \"occurredAt\": \"i går\","
                        + " \"eventId\": \"e\"}")),
            "POST /attempts/{id}/commits",
            new Row(
                "/api/v1/attempts/" + attempt + "/commits",
                hireToken,
                otherHireToken,
                List.of(
                    "{\"sco\": 1, \"sequence\": 1, \"cmi\": {}}",
                    "{\"sco\": \"x\", \"sequence\": \"1\", \"cmi\": {}}",
                    "{\"sco\": \"x\", \"sequence\": 1, \"cmi\": []}",
                    "{\"sco\": \"x\", \"sequence\": 1, \"cmi\": {}, \"terminated\": \"ja\"}")),
            "PUT /attempts/{id}/sequencing-state",
            new Row(
                "/api/v1/attempts/" + attempt + "/sequencing-state",
                hireToken,
                otherHireToken,
                List.of("{\"state\": 5}", "{\"state\": null}", "{\"state\": [\"x\"]}"))));
    rows.putAll(newerRows(enrollment, module));
  }

  /** Reflection, employment end and prompts; and the launcher's channel address (its token). */
  private static Map<String, Row> newerRows(long enrollment, long module) {
    String mentorToken = TestAccounts.tokenFor("mentor");
    Api hire = Api.withToken(hireToken);
    List<JsonObject> logbook =
        hire
            .get("/api/v1/me/notes")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> !(n.get("moduleId") instanceof jakarta.json.JsonNumber))
            .toList();
    long shared = noteIn(logbook, false);
    long draft = noteIn(logbook, true);
    long meeting =
        hire.get("/api/v1/enrollments/" + enrollment + "/meetings")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long moduleUnderWay =
        hire
            .get("/api/v1/me/modules")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> "in-progress".equals(m.getString("state")))
            .filter(m -> m.get("attemptId") instanceof jakarta.json.JsonNumber)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("moduleId")
            .longValue();
    // The launcher's channel on the content origin (not a JAX-RS endpoint: tested on its own).
    channel =
        PlayerFixtures.playerConfig(hire, moduleUnderWay, false)
            .getString("commitUrl")
            .replaceFirst("/commits$", "");
    String notes = "/api/v1/notes/";
    String meetings = "/api/v1/meetings/" + meeting;
    return Map.ofEntries(
        Map.entry(
            "PUT /enrollments/{id}/employment-end",
            new Row(
                "/api/v1/enrollments/" + enrollment + "/employment-end",
                "demo-admin-token",
                hireToken,
                List.of("{\"endedOn\": 5}", "{\"endedOn\": \"i går\"}", "{\"endedOn\": [1]}"))),
        Map.entry(
            "POST /enrollments/{id}/meetings",
            new Row(
                "/api/v1/enrollments/" + enrollment + "/meetings",
                mentorToken,
                hireToken,
                List.of(
                    "{\"startsAt\": 5, \"place\": \"x\"}",
                    "{\"startsAt\": \"i morgen\", \"place\": \"x\"}",
                    "{\"startsAt\": \"2030-01-01T10:00:00Z\", \"place\": [1]}"))),
        Map.entry(
            "POST /meetings/{id}/agenda",
            new Row(
                meetings + "/agenda",
                hireToken,
                otherHireToken,
                List.of("{\"text\": 5}", "{\"text\": [\"x\"]}"))),
        Map.entry(
            "PUT /meetings/{id}/summary",
            new Row(
                meetings + "/summary",
                mentorToken,
                hireToken,
                List.of("{\"summary\": 5}", "{\"summary\": \"x\", \"nextSteps\": []}"))),
        Map.entry(
            "POST /notes",
            new Row(
                "/api/v1/notes",
                hireToken,
                otherHireToken,
                List.of("{\"answers\": 5}", "{\"moduleId\": \"x\", \"answers\": []}"))),
        Map.entry(
            "PUT /notes/{id}",
            new Row(
                notes + draft,
                hireToken,
                otherHireToken,
                List.of(
                    "{\"version\": \"x\", \"answers\": []}",
                    "{\"version\": 0, \"answers\": [5]}"))),
        Map.entry(
            "POST /notes/{id}/comments",
            new Row(
                notes + shared + "/comments",
                hireToken,
                otherHireToken,
                List.of("{\"text\": 5}", "{\"text\": [\"x\"]}"))),
        Map.entry(
            "POST /notes/{id}/review",
            new Row(
                notes + shared + "/review",
                mentorToken,
                hireToken,
                List.of("{\"outcome\": 5}", "{\"outcome\": \"måske\"}"))),
        Map.entry(
            "PUT /modules/{id}/prompts",
            new Row(
                "/api/v1/modules/" + module + "/prompts",
                "demo-forfatter-token",
                hireToken,
                List.of("{\"prompts\": \"x\"}", "{\"prompts\": [5]}"))));
  }

  private static long noteIn(List<JsonObject> notes, boolean draft) {
    return notes.stream()
        .filter(n -> "draft".equals(n.getString("state")) == draft)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void everyEndpointThatReadsJsonHasARowHere() {
    Set<String> json =
        RestEndpoints.all().stream()
            .filter(Endpoint::jsonBody)
            .map(Endpoint::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(rows.keySet()), json, "add a row for each new JSON endpoint");
  }

  @Test
  void aBodyOfTheWrongShapeIsAJsonErrorOnEveryEndpoint() {
    rows.forEach(
        (key, row) -> {
          for (String body : MALFORMED) {
            assertJsonError(key, body, send(key, row.path(), row.allowed(), body));
          }
          for (String body : row.wrongTypes()) {
            assertJsonError(key, body, send(key, row.path(), row.allowed(), body));
          }
        });
  }

  @Test
  void aCallerWithoutTheRightGets403WhateverTheBody() {
    rows.forEach(
        (key, row) -> {
          for (String body : List.of("[]", "null", "\"x\"", "{\"x\": []}")) {
            Reply reply = send(key, row.forbiddenPath(), row.forbidden(), body);
            assertEquals(403, reply.status(), key + " " + body + ": " + reply.body());
            assertEquals("application/json", reply.header("Content-Type").split(";")[0]);
          }
        });
  }

  @Test
  void theAttemptChannelAnswersABodyOfTheWrongShapeWithAJsonError() {
    Map<String, List<String>> wrongTypes =
        Map.of(
            "/commits",
            List.of(
                "{\"sco\": 1, \"sequence\": 1, \"cmi\": {}}",
                "{\"sco\": \"x\", \"sequence\": \"1\", \"cmi\": {}}",
                "{\"sco\": \"x\", \"sequence\": 1, \"cmi\": []}"),
            "/sequencing-state",
            List.of("{\"state\": 5}", "{\"state\": [\"x\"]}"));
    wrongTypes.forEach(
        (address, wrong) -> {
          for (String body : MALFORMED) {
            assertJsonError(address, body, postToChannel(channel + address, body));
          }
          for (String body : wrong) {
            assertJsonError(address, body, postToChannel(channel + address, body));
          }
        });
  }

  @Test
  void theAttemptChannelRefusesABogusTokenWhateverTheBody() {
    String bogus = channel.replaceFirst("attempt-channel/.*$", "attempt-channel/1.bogus");
    for (String address : List.of("/commits", "/sequencing-state")) {
      for (String body : List.of("[]", "null", "\"x\"", "{\"x\": []}")) {
        Reply reply = postToChannel(bogus + address, body);
        assertEquals(403, reply.status(), address + " " + body + ": " + reply.body());
        assertEquals("application/json", reply.header("Content-Type").split(";")[0]);
        assertEquals("attempt.token", reply.json().getString("code"));
      }
    }
  }

  /** As the launcher posts: text/plain, no credentials. */
  private static Reply postToChannel(String url, String body) {
    return Api.anonymous()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void aPlayerAddressWhoseModuleIsNotANumberIsNotFound() {
    for (String module : List.of("abc", "1e3", "", "%20")) {
      Reply reply = Api.withToken(hireToken).get("/player/play.xhtml?module=" + module);
      assertEquals(404, reply.status(), module + ": " + reply.body());
    }
  }

  private static Reply send(String key, String path, String token, String body) {
    String method = key.substring(0, key.indexOf(' '));
    Api api = Api.withToken(token);
    return api.send(
        api.request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private static void assertJsonError(String key, String body, Reply reply) {
    String what = key + " with " + abbreviate(body) + ": " + reply.status() + " " + reply.body();
    assertTrue(reply.status() == 400 || reply.status() == 422, what);
    assertNotNull(reply.header("Content-Type"), what);
    assertEquals("application/json", reply.header("Content-Type").split(";")[0], what);
    JsonObject error = reply.json();
    assertTrue(error.containsKey("code") && error.containsKey("message"), what);
    assertTrue(error.containsKey("details"), what);
  }

  private static String abbreviate(String body) {
    return body.length() > 60 ? body.substring(0, 60) + "…" : body;
  }
}
