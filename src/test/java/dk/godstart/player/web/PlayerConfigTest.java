package dk.godstart.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.Sequencing;
import dk.godstart.player.application.Launch;
import dk.godstart.player.application.Launch.ScoLaunch;
import dk.godstart.player.application.LaunchGrants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlayerConfigTest {

  private static ScoLaunch sco(String id, boolean asset, String status, boolean finished) {
    return new ScoLaunch(
        id,
        "Titel " + id,
        id + ".html",
        asset,
        status,
        finished,
        "ab-initio",
        null,
        null,
        null,
        null,
        null,
        null,
        "PT0S",
        null);
  }

  private static JsonObject config(Organization sequencing) {
    Launch launch =
        new Launch(
            7L,
            1,
            2,
            "Modul",
            "2004",
            Launch.Mode.NORMAL,
            "hire",
            "Hire",
            0,
            "a",
            List.of(sco("a", false, "failed", true), sco("b", true, "not attempted", false)),
            sequencing,
            null);
    return Json.createReader(
            new StringReader(
                PlayerConfig.json(
                    launch,
                    new LaunchGrants.Grant("/key/l2/9/sig/", "token"),
                    "http://content.test",
                    "/ctx",
                    "/ctx/enrollment/my-path.xhtml",
                    "csrf",
                    Map.of("k", "v"))))
        .readObject();
  }

  @Test
  void eachItemSaysWhetherItIsAnAssetAndWhetherItIsFinished() {
    JsonObject config = config(null);

    JsonObject sco = config.getJsonArray("scos").getJsonObject(0);
    JsonObject asset = config.getJsonArray("scos").getJsonObject(1);
    assertFalse(sco.getBoolean("asset"));
    assertTrue(sco.getBoolean("finished"), "a failed SCO is finished");
    assertTrue(asset.getBoolean("asset"));
    assertFalse(asset.getBoolean("finished"));
    assertTrue(config.isNull("activityTree"));
  }

  @Test
  void aPackageWithSequencingCarriesTheEnginesActivityTree() {
    Organization organization =
        new Organization(
            "ORG",
            "Forløb",
            List.of(Item.of("a", "A", "RES-a", List.of())),
            Sequencing.defaults(),
            true,
            false);

    JsonObject tree = config(organization).getJsonObject("activityTree");

    assertEquals("ORG", tree.getString("id"));
    assertEquals("a", tree.getJsonArray("children").getJsonObject(0).getString("id"));
    assertTrue(tree.getJsonObject("sequencingControls").getBoolean("choice"));
  }

  @Test
  void theLauncherCommitsOnItsOwnOriginWithTheAttemptToken() {
    JsonObject config = config(null);

    assertEquals(
        "http://content.test/_godstart/attempt-channel/token/commits",
        config.getString("commitUrl"));
    assertEquals(
        "http://content.test/_godstart/attempt-channel/token/sequencing-state",
        config.getString("sequencingStateUrl"));
  }
}
