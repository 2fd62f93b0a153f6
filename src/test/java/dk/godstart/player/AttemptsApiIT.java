package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.openPlayer;
import static dk.godstart.player.PlayerFixtures.storedCmi;
import static dk.godstart.player.PlayerFixtures.storedSequencingState;
import static dk.godstart.player.PlayerFixtures.uploadFor;
import static dk.godstart.player.PlayerFixtures.withTestScos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attempt API: ordered commits, ownership, and who may read an attempt. */
class AttemptsApiIT {

  private static String hire;
  private static Api hireApi;
  private static long module;
  private static long attemptId;

  @BeforeAll
  static void aHireHasStartedAModule() {
    hire = newHire();
    hireApi = Api.withToken(TestAccounts.tokenFor(hire));
    module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));
    try (Browser browser = Browser.open()) {
      browser.signIn(hire, "godstart");
      openPlayer(browser, module);
    }
    Reply mine = hireApi.get("/api/v1/me/modules");
    JsonObject entry =
        mine.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getJsonNumber("moduleId").longValue() == module)
            .findFirst()
            .orElseThrow();
    assertEquals("in-progress", entry.getString("state"));
    assertTrue(entry.getString("playerUrl").endsWith("/player/play.xhtml?module=" + module));
    attemptId = entry.getJsonNumber("attemptId").longValue();
  }

  private static String commit(long sequence, String location) {
    return "{\"sco\": \"ITEM-a\", \"sequence\": "
        + sequence
        + ", \"terminated\": false, \"cmi\": {\"location\": \""
        + location
        + "\", \"completion_status\": \"incomplete\"}}";
  }

  @Test
  void anOutOfOrderCommitGets409AndDoesNotOverwriteNewerData() {
    String url = "/api/v1/attempts/" + attemptId + "/commits";
    long base = 1000;
    assertEquals(200, hireApi.post(url, commit(base + 2, "nyeste")).status());

    Reply stale = hireApi.post(url, commit(base + 1, "gammel"));
    assertEquals(409, stale.status(), stale.body());
    assertEquals("commit.stale", stale.json().getString("code"));

    Reply repeated = hireApi.post(url, commit(base + 2, "gentaget"));
    assertEquals(409, repeated.status());
    String stored = storedCmi(hire, module, "ITEM-a").orElseThrow();
    assertTrue(stored.contains("nyeste"), stored);
    assertEquals(200, hireApi.post(url, commit(base + 3, "næste")).status());
  }

  @Test
  void anotherHireCanNeitherCommitToNorReadTheAttempt() {
    Api other = Api.withToken(TestAccounts.tokenFor(newHire()));

    assertEquals(
        403, other.post("/api/v1/attempts/" + attemptId + "/commits", commit(5000, "x")).status());
    Reply read = other.get("/api/v1/attempts/" + attemptId);
    assertEquals(403, read.status());
    assertEquals("access-denied", read.json().getString("code"));
    assertEquals(
        403,
        other
            .put("/api/v1/attempts/" + attemptId + "/sequencing-state", "{\"state\": \"x\"}")
            .status());
  }

  @Test
  void theSequencingStateIsKeptForItsOwnerWithinItsLimit() {
    String url = "/api/v1/attempts/" + attemptId + "/sequencing-state";

    Reply kept = hireApi.put(url, "{\"state\": \"eyJ2ZXJzaW9uIjoiMS4wIn0\"}");
    Reply missing = hireApi.put(url, "{\"tilstand\": \"x\"}");
    Reply tooLarge = hireApi.put(url, "{\"state\": \"" + "x".repeat(2_000_001) + "\"}");

    assertEquals(204, kept.status(), kept.body());
    assertEquals(422, missing.status());
    assertEquals(
        "state", missing.json().getJsonArray("details").getJsonObject(0).getString("location"));
    assertEquals(422, tooLarge.status());
    assertEquals("sequencing-state.invalid", tooLarge.json().getString("code"));
    assertEquals(
        404,
        hireApi.put("/api/v1/attempts/999999999/sequencing-state", "{\"state\": \"x\"}").status());
  }

  @Test
  void theHiresMentorReadsTheAttemptAndAMentorWithoutARelationCannot() {
    Api mentor = Api.withToken(TestAccounts.tokenFor("mentor"));
    Api otherMentor = Api.withToken(TestAccounts.tokenFor("mentor2"));

    assertEquals(200, mentor.get("/api/v1/attempts/" + attemptId).status());
    assertEquals(403, otherMentor.get("/api/v1/attempts/" + attemptId).status());
  }

  @Test
  void aModuleWithRollupRulesIsCompletedWhenItsRootActivitySaysSo() {
    String learner = newHire();
    Api api = Api.withToken(TestAccounts.tokenFor(learner));
    long rolledUp =
        uploadFor(
            learner,
            withTestScos(
                ScormPackageBuilder.scorm2004FourthEdition()
                    .organizationRollupRules(
                        "<imsss:rollupRules><imsss:rollupRule childActivitySet=\"any\">"
                            + "<imsss:rollupConditions><imsss:rollupCondition"
                            + " condition=\"completed\"/></imsss:rollupConditions>"
                            + "<imsss:rollupAction action=\"completed\"/></imsss:rollupRule>"
                            + "</imsss:rollupRules>"),
                "a",
                "b",
                "c"));
    long attempt =
        api.post("/api/v1/modules/" + rolledUp + "/attempts", "{}")
            .json()
            .getJsonNumber("attemptId")
            .longValue();

    Reply commit =
        api.post(
            "/api/v1/attempts/" + attempt + "/commits",
            "{\"sco\": \"ITEM-b\", \"sequence\": 1, \"terminated\": true,"
                + " \"cmi\": {\"completion_status\": \"completed\", \"session_time\": \"PT1M\"}}");

    assertEquals(200, commit.status(), commit.body());
    assertTrue(
        commit.json().getBoolean("moduleCompleted"),
        "one completed part is enough under the package's own rule: " + commit.body());
  }

  @Test
  void theOwnerReadsStatusScoreAndEachScosData() {
    Reply reply = hireApi.get("/api/v1/attempts/" + attemptId);

    assertEquals(200, reply.status());
    JsonObject attempt = reply.json();
    assertEquals(module, attempt.getJsonNumber("moduleId").longValue());
    assertEquals(hire, attempt.getString("learner"));
    assertEquals("ITEM-a", attempt.getJsonArray("scos").getJsonObject(0).getString("identifier"));
  }

  @Test
  void aCommitWithoutItsFieldsIsRefusedWithDetails() {
    Reply reply =
        hireApi.post("/api/v1/attempts/" + attemptId + "/commits", "{\"sco\": \"ITEM-a\"}");

    assertEquals(422, reply.status());
    assertEquals(
        "sequence", reply.json().getJsonArray("details").getJsonObject(0).getString("location"));
  }

  @Test
  void aCommitForAScoNotInThePackageIsRefused() {
    Reply reply =
        hireApi.post(
            "/api/v1/attempts/" + attemptId + "/commits",
            "{\"sco\": \"ITEM-nope\", \"sequence\": 9000, \"cmi\": {}}");

    assertEquals(422, reply.status());
    assertEquals("commit.unknown-sco", reply.json().getString("code"));
  }

  @Test
  void aCompletedAttemptIsARecordThatNeitherCommitsNorSequencingStateChange() {
    String learner = newHire();
    Api api = Api.withToken(TestAccounts.tokenFor(learner));
    long single =
        uploadFor(learner, withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));
    long attempt =
        api.post("/api/v1/modules/" + single + "/attempts", "{}")
            .json()
            .getJsonNumber("attemptId")
            .longValue();
    assertEquals(
        204,
        api.put("/api/v1/attempts/" + attempt + "/sequencing-state", "{\"state\": \"før\"}")
            .status());
    Reply passed =
        api.post(
            "/api/v1/attempts/" + attempt + "/commits",
            "{\"sco\": \"ITEM-a\", \"sequence\": 1, \"terminated\": true, \"cmi\":"
                + " {\"completion_status\": \"completed\", \"success_status\": \"passed\","
                + " \"score\": {\"scaled\": \"1\"}, \"session_time\": \"PT1M\"}}");
    assertTrue(passed.json().getBoolean("moduleCompleted"), passed.body());
    String storedBefore = storedCmi(learner, single, "ITEM-a").orElseThrow();

    Reply failed =
        api.post(
            "/api/v1/attempts/" + attempt + "/commits",
            "{\"sco\": \"ITEM-a\", \"sequence\": 2, \"terminated\": true, \"cmi\":"
                + " {\"completion_status\": \"completed\", \"success_status\": \"failed\","
                + " \"score\": {\"scaled\": \"0.03\"}, \"session_time\": \"PT1M\"}}");
    Reply state =
        api.put("/api/v1/attempts/" + attempt + "/sequencing-state", "{\"state\": \"efter\"}");

    assertEquals(409, failed.status(), failed.body());
    assertEquals("attempt.completed", failed.json().getString("code"));
    assertEquals(409, state.status(), state.body());
    assertEquals("attempt.completed", state.json().getString("code"));
    assertEquals(storedBefore, storedCmi(learner, single, "ITEM-a").orElseThrow());
    assertTrue(storedBefore.contains("passed"), storedBefore);
    assertEquals("før", storedSequencingState(learner, single).orElseThrow());
    JsonObject record = api.get("/api/v1/attempts/" + attempt).json();
    assertEquals("passed", record.getJsonArray("scos").getJsonObject(0).getString("status"));
  }

  @Test
  void theSessionThatCompletedTheAttemptEndsWithItsTerminateCommitAndNothingAfterIt() {
    String learner = newHire();
    Api api = Api.withToken(TestAccounts.tokenFor(learner));
    long single = uploadFor(learner, withTestScos(ScormPackageBuilder.scorm12(), "a"));
    String url =
        "/api/v1/attempts/"
            + api.post("/api/v1/modules/" + single + "/attempts", "{}")
                .json()
                .getJsonNumber("attemptId")
                .longValue();
    String completed = "{\"core\": {\"lesson_status\": \"passed\", \"score\": {\"raw\": \"100\"}";

    Reply completing =
        api.post(
            url + "/commits",
            "{\"sco\": \"ITEM-a\", \"sequence\": 1, \"cmi\": " + completed + "}}}");
    Reply terminate =
        api.post(
            url + "/commits",
            "{\"sco\": \"ITEM-a\", \"sequence\": 2, \"terminated\": true, \"cmi\": "
                + completed
                + ", \"session_time\": \"00:02:00\"}}}");
    Reply afterwards =
        api.post(
            url + "/commits",
            "{\"sco\": \"ITEM-a\", \"sequence\": 3, \"cmi\": {\"core\": {\"lesson_status\":"
                + " \"failed\", \"score\": {\"raw\": \"3\"}}}}");

    assertTrue(completing.json().getBoolean("moduleCompleted"), completing.body());
    assertEquals(200, terminate.status(), terminate.body());
    assertEquals("0000:02:00.00", terminate.json().getString("totalTime"));
    assertEquals("", terminate.json().getString("nextEntry"), "SCORM 1.2 after a normal exit");
    assertEquals(409, afterwards.status(), afterwards.body());
    assertEquals("attempt.completed", afterwards.json().getString("code"));
    JsonObject record = api.get(url).json();
    assertEquals("passed", record.getJsonArray("scos").getJsonObject(0).getString("status"));
    assertEquals(120, record.getJsonNumber("totalSeconds").longValue());
  }

  @Test
  void aCommitThatBreaksTheDataModelIsRefusedWithDetailsAndNothingIsStored() {
    String url = "/api/v1/attempts/" + attemptId + "/commits";
    String before = storedCmi(hire, module, "ITEM-a").orElse("");

    Reply reply =
        hireApi.post(
            url,
            "{\"sco\": \"ITEM-a\", \"sequence\": 800000, \"cmi\": {\"success_status\":"
                + " \"won\", \"score\": {\"scaled\": \"7\"}, \"location\": \""
                + "x".repeat(1001)
                + "\"}}");

    assertEquals(422, reply.status(), reply.body());
    assertEquals("commit.invalid-cmi", reply.json().getString("code"));
    java.util.Set<String> locations =
        reply.json().getJsonArray("details").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("location") + " " + d.getString("code"))
            .collect(java.util.stream.Collectors.toSet());
    assertEquals(
        java.util.Set.of(
            "cmi.success_status cmi.vocabulary",
            "cmi.score.scaled cmi.range",
            "cmi.location cmi.length"),
        locations);
    assertEquals(before, storedCmi(hire, module, "ITEM-a").orElse(""));
  }

  @Test
  void anUnknownAttemptIs404() {
    assertEquals(404, hireApi.get("/api/v1/attempts/987654").status());
  }
}
