package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.uploadFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Packages whose items are assets (pages without the SCORM API), alone and mixed with a SCO, in
 * SCORM 1.2 and 2004 (the test packages under {@code dk/godstart/player/packages}): the attempt
 * lists every item, an asset is completed once the page reports it shown, and the module is
 * completed when every item is.
 */
class AssetPackagesIT {

  static ScormPackageBuilder testPackage(String name) {
    try {
      return ScormPackageBuilder.ofDirectory(
          Path.of(AssetPackagesIT.class.getResource("packages/" + name).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh hire with an attempt at the package: their API and the attempt's address. */
  private record Learner(Api api, String attempt) {

    static Learner at(String packageName) {
      String hire = newHire();
      Api api = Api.withToken(TestAccounts.tokenFor(hire));
      long module = uploadFor(hire, testPackage(packageName));
      Reply started = api.post("/api/v1/modules/" + module + "/attempts", "{}");
      assertEquals(201, started.status(), started.body());
      return new Learner(
          api, "/api/v1/attempts/" + started.json().getJsonNumber("attemptId").longValue());
    }

    Reply shown(String item, long sequence) {
      return api.post(
          attempt + "/commits",
          "{\"sco\": \""
              + item
              + "\", \"sequence\": "
              + sequence
              + ", \"terminated\": true,"
              + " \"cmi\": {}}");
    }

    JsonObject read() {
      Reply reply = api.get(attempt);
      assertEquals(200, reply.status(), reply.body());
      return reply.json();
    }
  }

  private static List<String> items(JsonObject attempt) {
    return attempt.getJsonArray("scos").getValuesAs(JsonObject.class).stream()
        .map(sco -> sco.getString("identifier"))
        .toList();
  }

  private static void assetsOnlyCompleteWhenEveryPageWasShown(String packageName) {
    Learner learner = Learner.at(packageName);
    assertEquals(List.of("ITEM-side1", "ITEM-side2", "ITEM-side3"), items(learner.read()));

    Reply first = learner.shown("ITEM-side1", 1);
    Reply second = learner.shown("ITEM-side3", 2);

    assertEquals(200, first.status(), first.body());
    assertEquals("completed", first.json().getString("scoStatus"));
    assertTrue(first.json().getBoolean("scoFinished"));
    assertFalse(first.json().getBoolean("moduleCompleted"));
    assertFalse(second.json().getBoolean("moduleCompleted"), "side 2 was never shown");
    assertEquals("in-progress", learner.read().getString("status"));

    Reply last = learner.shown("ITEM-side2", 3);

    assertTrue(last.json().getBoolean("moduleCompleted"), last.body());
    JsonObject attempt = learner.read();
    assertEquals("completed", attempt.getString("status"));
    assertTrue(
        attempt.getJsonArray("scos").getValuesAs(JsonObject.class).stream()
            .allMatch(sco -> sco.getBoolean("finished")));
  }

  @Test
  void aScorm12PackageOfAssetsOnlyIsCompletedWhenEveryPageWasShown() {
    assetsOnlyCompleteWhenEveryPageWasShown("assets-12");
  }

  @Test
  void aScorm2004PackageOfAssetsOnlyIsCompletedWhenEveryPageWasShown() {
    assetsOnlyCompleteWhenEveryPageWasShown("assets-2004");
  }

  private static void mixedCompletesByTheScoAndTheAsset(String packageName, String scoData) {
    Learner learner = Learner.at(packageName);
    assertEquals(List.of("ITEM-intro", "ITEM-quiz"), items(learner.read()));

    Reply sco =
        learner.api.post(
            learner.attempt + "/commits",
            "{\"sco\": \"ITEM-quiz\", \"sequence\": 1, \"terminated\": true, \"cmi\": "
                + scoData
                + "}");
    assertEquals(200, sco.status(), sco.body());
    assertFalse(sco.json().getBoolean("moduleCompleted"), "the page was not shown yet");

    Reply page = learner.shown("ITEM-intro", 2);

    assertTrue(page.json().getBoolean("moduleCompleted"), page.body());
  }

  @Test
  void aMixedScorm12PackageIsCompletedWhenItsScoIsAndItsPageWasShown() {
    mixedCompletesByTheScoAndTheAsset(
        "mixed-12",
        "{\"core\": {\"lesson_status\": \"completed\", \"session_time\": \"00:01:00\"}}");
  }

  @Test
  void aMixedScorm2004PackageIsCompletedWhenItsScoIsAndItsPageWasShown() {
    mixedCompletesByTheScoAndTheAsset(
        "mixed-2004", "{\"completion_status\": \"completed\", \"session_time\": \"PT1M\"}");
  }

  @Test
  void anAssetCarriesNoDataAndTheScoStillFollowsTheDataModel() {
    Learner learner = Learner.at("mixed-2004");

    Reply assetWithData =
        learner.api.post(
            learner.attempt + "/commits",
            "{\"sco\": \"ITEM-intro\", \"sequence\": 1, \"cmi\": {\"location\": \"x\"}}");
    Reply badSco =
        learner.api.post(
            learner.attempt + "/commits",
            "{\"sco\": \"ITEM-quiz\", \"sequence\": 2, \"cmi\": {\"completion_status\": \"done\"}}");

    assertEquals(422, assetWithData.status(), assetWithData.body());
    assertEquals("commit.asset-data", assetWithData.json().getString("code"));
    assertEquals(422, badSco.status(), badSco.body());
    assertEquals("commit.invalid-cmi", badSco.json().getString("code"));
    assertEquals(
        "not attempted", learner.read().getJsonArray("scos").getJsonObject(0).getString("status"));
  }
}
