package dk.godstart.player.web;

import dk.godstart.catalog.domain.manifest.ActivitySettings;
import dk.godstart.player.application.Launch;
import dk.godstart.player.application.Launch.ScoLaunch;
import dk.godstart.player.application.LaunchGrants;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Map;

/**
 * The player page's configuration for {@code player.js}, as JSON that is safe inside a {@code
 * <script>} element. Its shape is the contract between this page and the script.
 */
final class PlayerConfig {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private PlayerConfig() {}

  static String json(
      Launch launch,
      LaunchGrants.Grant grant,
      String contentOrigin,
      String contextPath,
      String exitUrl,
      String csrfToken,
      Map<String, String> texts) {
    JsonObjectBuilder config =
        Json.createObjectBuilder()
            .add("moduleId", launch.moduleId())
            .add("versionId", launch.versionId())
            .add("title", launch.title())
            .add("scormVersion", launch.scormVersion())
            .add("mode", launch.mode().scormMode())
            .add("credit", launch.mode().credit())
            .add(
                "learner",
                Json.createObjectBuilder()
                    .add("id", launch.learnerId())
                    .add("name", launch.learnerName()))
            .add("contentOrigin", contentOrigin)
            .add(
                "launcherUrl",
                contentOrigin
                    + "/_godstart/launcher.html?scorm="
                    + ("1.2".equals(launch.scormVersion()) ? "1.2" : "2004"))
            .add("contentBase", contentOrigin + grant.contentPath())
            .add("exitUrl", exitUrl)
            .add("csrfToken", csrfToken)
            .add("sequence", launch.sequence());
    if (launch.attemptId() == null || launch.mode() == Launch.Mode.BROWSE) {
      config.addNull("attemptId").addNull("commitUrl");
    } else {
      config.add("attemptId", launch.attemptId());
      if (grant.attemptToken() != null) {
        // The launcher's channel, on the launcher's own origin (AttemptChannel): the token in the
        // address is its only credential.
        String attemptUrl = contentOrigin + AttemptChannel.PREFIX + grant.attemptToken();
        config.add("commitUrl", attemptUrl + "/commits");
        config.add("sequencingStateUrl", attemptUrl + "/sequencing-state");
      } else {
        config.addNull("commitUrl");
      }
    }
    config.add("newAttemptUrl", contextPath + "/api/v1/modules/" + launch.moduleId() + "/attempts");
    nullable(config, "startSco", launch.startSco());
    nullable(config, "sequencingState", launch.sequencingState());
    JsonArrayBuilder scos = Json.createArrayBuilder();
    launch.scos().forEach(sco -> scos.add(sco(sco)));
    config.add("scos", scos);
    if (launch.sequencing() == null) {
      config.addNull("activityTree");
    } else {
      // scorm-again's settings.sequencing.activityTree, mapped on the server (ActivitySettings);
      // the player page's table of contents is drawn from the same tree.
      config.add("activityTree", parse(JSONB.toJson(ActivitySettings.of(launch.sequencing()))));
    }
    JsonObjectBuilder textsJson = Json.createObjectBuilder();
    texts.forEach(textsJson::add);
    config.add("texts", textsJson);
    return safeInScript(config.build().toString());
  }

  private static JsonObjectBuilder sco(ScoLaunch sco) {
    JsonObjectBuilder init = Json.createObjectBuilder();
    nullable(init, "entry", sco.entry());
    nullable(init, "launchData", sco.launchData());
    nullable(init, "masteryScore", sco.masteryScore());
    nullable(init, "scaledPassingScore", sco.scaledPassingScore());
    nullable(init, "completionThreshold", sco.completionThreshold());
    nullable(init, "maxTimeAllowed", sco.maxTimeAllowed());
    nullable(init, "timeLimitAction", sco.timeLimitAction());
    nullable(init, "totalTime", sco.totalTime());
    if (sco.cmiJson() == null) {
      init.addNull("cmi");
    } else {
      init.add("cmi", parse(sco.cmiJson()));
    }
    return Json.createObjectBuilder()
        .add("identifier", sco.identifier())
        .add("title", sco.title())
        .add("launch", sco.launch())
        .add("asset", sco.asset())
        .add("status", sco.status())
        .add("finished", sco.finished())
        .add("init", init);
  }

  private static void nullable(JsonObjectBuilder builder, String name, Object value) {
    if (value == null) {
      builder.addNull(name);
    } else if (value instanceof Double number) {
      builder.add(name, number);
    } else {
      builder.add(name, value.toString());
    }
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  /** No "</script>" or "<!--" can end the element early: escape the characters inside strings. */
  static String safeInScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
