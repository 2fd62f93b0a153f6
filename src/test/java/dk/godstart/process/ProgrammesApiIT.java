package dk.godstart.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/programmes}: copies, rules as JSON, and what is refused, with a clear error. */
class ProgrammesApiIT {

  private static final Api AUTHOR = Api.withToken("demo-forfatter-token");
  private static long original;
  private static long copy;
  private static long moduleA;

  @BeforeAll
  static void aCopyOfTheDemoProgrammeAndTwoModulesOfItsOwn() throws SQLException {
    original =
        AUTHOR.get("/api/v1/programmes").structure().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getString("name").equals("Introduktion i Børn og Unge"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Reply copied =
        AUTHOR.post(
            "/api/v1/programmes/" + original + "/copies",
            "{\"orgUnitId\": "
                + unit("Jobcenter")
                + ", \"name\": \"Kopi "
                + System.nanoTime()
                + "\"}");
    assertEquals(201, copied.status(), copied.body());
    copy = copied.json().getJsonNumber("id").longValue();
    moduleA = upload("Modul A");
  }

  private static long unit(String name) throws SQLException {
    try (Connection db = GodstartServer.shared().database();
        var query = db.prepareStatement("SELECT id FROM org_unit WHERE name = ?")) {
      query.setString(1, name);
      ResultSet row = query.executeQuery();
      row.next();
      return row.getLong(1);
    }
  }

  private static long upload(String title) {
    return AUTHOR
        .upload(
            "/api/v1/modules", ScormPackageBuilder.scorm12().title(title).sco("a", title).build())
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static Reply setModule(Api api, long module, String rule) {
    return api.put(
        "/api/v1/programmes/" + copy + "/modules/" + module,
        "{\"phase\": \"LAERING\", \"required\": true, \"dueDays\": 14, \"rule\": " + rule + "}");
  }

  private static JsonObject moduleIn(JsonObject programme, long module) {
    return programme.getJsonArray("modules").stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getJsonNumber("moduleId").longValue() == module)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCopyIsInTheOtherUnitWithEveryModuleOnTheSameTerms() {
    JsonObject from = AUTHOR.get("/api/v1/programmes/" + original).json();
    JsonObject to = AUTHOR.get("/api/v1/programmes/" + copy).json();

    assertEquals("Jobcenter", to.getString("orgUnit"));
    for (JsonObject module : from.getJsonArray("modules").getValuesAs(JsonObject.class)) {
      JsonObject copied = moduleIn(to, module.getJsonNumber("moduleId").longValue());
      assertEquals(module.getJsonObject("rule"), copied.getJsonObject("rule"));
      assertEquals(module.getString("phase"), copied.getString("phase"));
    }
  }

  @Test
  void aCombinedRuleIsStoredAndReadBackAsWritten() {
    String rule =
        "{\"kind\": \"any\", \"rules\": [{\"kind\": \"step\", \"step\": \"screening\"},"
            + " {\"kind\": \"day\", \"day\": 30}]}";

    Reply reply = setModule(AUTHOR, moduleA, rule);

    assertEquals(200, reply.status(), reply.body());
    assertEquals(
        Json.createReader(new StringReader(rule)).readObject(),
        moduleIn(reply.json(), moduleA).getJsonObject("rule"));
  }

  @Test
  void rulesThatWouldMakeModulesWaitForEachOtherAreRefusedAndNothingIsStored() {
    long a = upload("Modul A");
    long b = upload("Modul B");
    assertEquals(
        200, setModule(AUTHOR, a, "{\"kind\": \"module\", \"moduleId\": " + b + "}").status());

    Reply refused =
        AUTHOR
            .inLanguage("da")
            .put(
                "/api/v1/programmes/" + copy + "/modules/" + b,
                "{\"phase\": \"LAERING\", \"rule\": {\"kind\": \"module\", \"moduleId\": "
                    + a
                    + "}}");

    assertEquals(422, refused.status(), refused.body());
    assertEquals("programme.wait-cycle", refused.json().getString("code"));
    assertTrue(
        refused.json().getString("message").contains("\"Modul B\" → \"Modul A\" → \"Modul B\""),
        refused.body());
    JsonObject stored = AUTHOR.get("/api/v1/programmes/" + copy).json();
    assertTrue(
        stored.getJsonArray("modules").stream()
            .map(JsonObject.class::cast)
            .noneMatch(m -> m.getJsonNumber("moduleId").longValue() == b),
        "module B was not added");
  }

  @Test
  void aReleaseAsAnAlternativeMakesNoCycle() {
    long a = upload("Modul C");
    long b = upload("Modul D");
    setModule(AUTHOR, a, "{\"kind\": \"module\", \"moduleId\": " + b + "}");

    Reply reply =
        setModule(
            AUTHOR,
            b,
            "{\"kind\": \"any\", \"rules\": [{\"kind\": \"module\", \"moduleId\": "
                + a
                + "}, {\"kind\": \"release\"}]}");

    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void anUnknownStepAndAnUnreadableRuleAreExplained() {
    Reply unknownStep =
        setModule(AUTHOR, moduleA, "{\"kind\": \"step\", \"step\": \"findes-ikke\"}");
    Reply unreadable = setModule(AUTHOR, moduleA, "{\"kind\": \"hver-uge\"}");

    assertEquals(422, unknownStep.status());
    assertEquals("programme.unknown-step", unknownStep.json().getString("code"));
    assertEquals(422, unreadable.status());
    assertEquals(
        List.of("programme.rule-invalid"),
        unreadable.json().getJsonArray("details").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("code"))
            .toList());
  }

  @Test
  void onlyAuthorsAndAdministratorsChangeProgrammes() {
    String rule = "{\"kind\": \"release\"}";

    assertEquals(
        403, setModule(Api.withToken(TestAccounts.tokenFor("nyansat")), moduleA, rule).status());
    assertEquals(
        403, setModule(Api.withToken(TestAccounts.tokenFor("leder")), moduleA, rule).status());
    assertEquals(401, setModule(Api.anonymous(), moduleA, rule).status());
    assertEquals(
        403,
        Api.withToken(TestAccounts.tokenFor("nyansat"))
            .post(
                "/api/v1/programmes/" + original + "/copies", "{\"orgUnitId\": 1, \"name\": \"x\"}")
            .status());
  }
}
