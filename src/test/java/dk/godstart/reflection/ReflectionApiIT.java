package dk.godstart.reflection;

import static dk.godstart.reflection.ReflectionFixtures.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reflection API end to end: a note from draft to reviewed through the substitute mentor and a
 * status meeting, the refusals on the way, the path's states, export and calendar.
 */
class ReflectionApiIT {

  private final String hire = PlayerFixtures.newHire();
  private final long enrollment = ReflectionFixtures.enrollmentOf(hire);
  private final Api hireApi = Api.withToken(TestAccounts.tokenFor(hire));
  private final String substitute = ReflectionFixtures.newMentor("sub");
  private final Api substituteApi = Api.withToken(TestAccounts.tokenFor(substitute));
  private final Api primaryApi = Api.withToken(TestAccounts.tokenFor("mentor"));

  ReflectionApiIT() {
    ReflectionFixtures.assign(enrollment, substitute, false, LocalDate.now().minusDays(1), null);
  }

  private JsonObject pathItem(long module) {
    Reply path = hireApi.get("/api/v1/enrollments/" + enrollment + "/path");
    assertEquals(200, path.status(), path.body());
    return path.json().getJsonArray("modules").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getJsonNumber("moduleId").longValue() == module)
        .findFirst()
        .orElseThrow();
  }

  private String myModulesState(long module) {
    return hireApi
        .get("/api/v1/me/modules")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getJsonNumber("moduleId").longValue() == module)
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  @Test
  void aNoteGoesFromDraftToReviewedThroughTheSubstituteMentorAndAStatusMeeting() {
    long module = ReflectionFixtures.moduleFor(hire);
    assertEquals("unlocked", pathItem(module).getString("state"));
    assertEquals("unlocked", myModulesState(module), "one vocabulary: no 'not-started'");
    assertEquals(
        422,
        hireApi
            .post(
                "/api/v1/notes",
                "{\"moduleId\": " + module + ", \"answers\": " + answers("x") + "}")
            .status(),
        "not completed yet");
    ReflectionFixtures.complete(hireApi, module);
    assertEquals("completed", pathItem(module).getString("state"));
    assertFalse(pathItem(module).containsKey("reflection"));

    Reply created =
        hireApi.post(
            "/api/v1/notes",
            "{\"moduleId\": " + module + ", \"answers\": " + answers("Jeg lærte at lytte.") + "}");
    assertEquals(201, created.status(), created.body());
    assertEquals("draft", created.json().getString("state"));
    long note = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();
    assertEquals(
        409,
        hireApi
            .post(
                "/api/v1/notes",
                "{\"moduleId\": " + module + ", \"answers\": " + answers("igen") + "}")
            .status(),
        "one note per completed attempt");
    assertEquals("draft", pathItem(module).getJsonObject("reflection").getString("state"));
    assertEquals(403, substituteApi.get("/api/v1/notes/" + note).status(), "a draft is the hire's");

    Reply edited =
        hireApi.put(
            "/api/v1/notes/" + note,
            "{\"version\": "
                + version
                + ", \"answers\": "
                + answers("Jeg lærte at lytte bedre.")
                + "}");
    assertEquals(200, edited.status(), edited.body());
    assertEquals(
        409,
        hireApi
            .put(
                "/api/v1/notes/" + note,
                "{\"version\": " + version + ", \"answers\": " + answers("gammel") + "}")
            .status(),
        "a stale version");
    Reply cpr =
        hireApi.put(
            "/api/v1/notes/" + note,
            "{\"version\": "
                + edited.json().getJsonNumber("version")
                + ", \"answers\": "
                + answers("Barnet 010203-1234")
                + "}");
    assertEquals(422, cpr.status(), cpr.body());
    assertTrue(cpr.body().contains("note.cpr"), cpr.body());

    Reply submitted = hireApi.post("/api/v1/notes/" + note + "/submission", "");
    assertEquals(200, submitted.status(), submitted.body());
    assertEquals("submitted", submitted.json().getString("state"));
    assertEquals("reflected", pathItem(module).getString("state"));
    assertEquals("reflected", myModulesState(module));
    assertEquals(
        409,
        hireApi
            .put(
                "/api/v1/notes/" + note,
                "{\"version\": 99, \"answers\": " + answers("senere") + "}")
            .status(),
        "a submitted note is fixed");

    JsonObject queued =
        substituteApi
            .get("/api/v1/review-queue")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(q -> q.getJsonNumber("noteId").longValue() == note)
            .findFirst()
            .orElseThrow();
    assertEquals(hire, queued.getString("employee"));
    assertTrue(!queued.containsKey("takenBy") || queued.isNull("takenBy"), queued.toString());

    Reply read = substituteApi.get("/api/v1/notes/" + note);
    assertEquals(200, read.status(), read.body());
    assertEquals(
        "Jeg lærte at lytte bedre.",
        read.json().getJsonArray("answers").getJsonObject(0).getString("text"));
    Reply taken = substituteApi.post("/api/v1/notes/" + note + "/take", "");
    assertEquals(200, taken.status(), taken.body());
    assertEquals(substitute, taken.json().getString("takenBy"));
    assertEquals(409, primaryApi.post("/api/v1/notes/" + note + "/take", "").status());
    assertEquals(
        201,
        substituteApi
            .post("/api/v1/notes/" + note + "/comments", "{\"text\": \"Godt set.\"}")
            .status());
    Reply discuss =
        substituteApi.post("/api/v1/notes/" + note + "/review", "{\"outcome\": \"discuss\"}");
    assertEquals("discuss", discuss.json().getString("state"), discuss.body());
    assertEquals(
        422,
        substituteApi
            .post("/api/v1/notes/" + note + "/review", "{\"outcome\": \"maybe\"}")
            .status());

    JsonObject seen = hireApi.get("/api/v1/notes/" + note).json();
    assertEquals("discuss", seen.getString("state"));
    assertEquals("Godt set.", seen.getJsonArray("comments").getJsonObject(0).getString("text"));
    assertEquals(substitute, seen.getJsonArray("comments").getJsonObject(0).getString("author"));
    assertTrue(
        seen.getJsonArray("reads").getValuesAs(JsonObject.class).stream()
            .anyMatch(r -> r.getString("by").equals(substitute)),
        "the substitute's read is recorded: " + seen);
    int reads = seen.getJsonArray("reads").size();
    hireApi.get("/api/v1/notes/" + note);
    assertEquals(
        reads,
        hireApi.get("/api/v1/notes/" + note).json().getJsonArray("reads").size(),
        "the author's own reads are not recorded");

    Reply planned =
        substituteApi.post(
            "/api/v1/enrollments/" + enrollment + "/meetings",
            "{\"startsAt\": \"2026-12-03T10:00:00+01:00\", \"place\": \"Mødelokale 1\"}");
    assertEquals(201, planned.status(), planned.body());
    long meeting = planned.json().getJsonNumber("id").longValue();
    assertEquals(
        201,
        hireApi
            .post("/api/v1/meetings/" + meeting + "/agenda", "{\"text\": \"Min sagsmængde\"}")
            .status());
    JsonObject agenda = hireApi.get("/api/v1/meetings/" + meeting).json();
    List<JsonObject> items = agenda.getJsonArray("agenda").getValuesAs(JsonObject.class);
    assertEquals(5, items.stream().filter(i -> i.getString("kind").equals("template")).count());
    assertTrue(
        items.stream()
            .anyMatch(
                i ->
                    i.getString("kind").equals("note")
                        && i.getJsonNumber("noteId").longValue() == note),
        agenda.toString());
    assertTrue(items.stream().anyMatch(i -> i.getString("text").equals("Min sagsmængde")));

    Reply calendar = hireApi.get("/api/v1/meetings/" + meeting + "/calendar");
    assertEquals(200, calendar.status());
    assertTrue(calendar.header("Content-Type").startsWith("text/calendar"));
    assertTrue(calendar.body().contains("BEGIN:VEVENT"), calendar.body());
    assertTrue(calendar.body().contains("DTSTART:20261203T090000Z"), calendar.body());
    assertFalse(calendar.body().contains("lytte"), "no note text in the calendar");

    assertEquals(
        403,
        hireApi.put("/api/v1/meetings/" + meeting + "/summary", "{\"summary\": \"x\"}").status(),
        "the hire does not write the summary");
    Reply summed =
        substituteApi.put(
            "/api/v1/meetings/" + meeting + "/summary",
            "{\"summary\": \"Vi talte om at lytte.\", \"nextSteps\": \"Øv børnesamtalen.\"}");
    assertEquals(200, summed.status(), summed.body());
    assertTrue(summed.json().getBoolean("held"));
    assertEquals("reviewed", hireApi.get("/api/v1/notes/" + note).json().getString("state"));
    assertEquals("reviewed", pathItem(module).getString("state"));
    assertEquals("reviewed", pathItem(module).getJsonObject("reflection").getString("state"));

    JsonObject mine =
        hireApi
            .get("/api/v1/me/notes")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> n.getJsonNumber("id").longValue() == note)
            .findFirst()
            .orElseThrow();
    assertEquals(module, mine.getJsonNumber("moduleId").longValue());
    assertEquals("reviewed", mine.getString("state"));
    Reply export = hireApi.get("/api/v1/me/notes/export");
    assertEquals(200, export.status());
    assertTrue(export.body().contains("Jeg lærte at lytte bedre."), "the note");
    assertTrue(export.body().contains("Godt set."), "the answer");
    assertTrue(export.body().contains("Vi talte om at lytte."), "the meeting's summary");
  }

  @Test
  void logbookEntriesNeedNoModuleAndFollowTheSameReview() {
    Reply created =
        hireApi.post(
            "/api/v1/notes", "{\"moduleId\": null, \"answers\": " + answers("Dag 1") + "}");
    assertEquals(201, created.status(), created.body());
    long note = created.json().getJsonNumber("id").longValue();
    Reply second = hireApi.post("/api/v1/notes", "{\"answers\": " + answers("Dag 2") + "}");
    assertEquals(201, second.status(), "logbook entries without limit");
    assertEquals(200, hireApi.post("/api/v1/notes/" + note + "/submission", "").status());
    assertEquals(
        "reviewed",
        primaryApi
            .post("/api/v1/notes/" + note + "/review", "{\"outcome\": \"reviewed\"}")
            .json()
            .getString("state"));
  }

  @Test
  void badBodiesAreClearErrors() {
    assertEquals(422, hireApi.post("/api/v1/notes", "{\"answers\": []}").status());
    assertEquals(422, hireApi.post("/api/v1/notes", "{}").status());
    assertEquals(404, hireApi.get("/api/v1/notes/999999999").status());
    Reply notObject = hireApi.post("/api/v1/notes", "[]");
    assertTrue(notObject.status() == 400 || notObject.status() == 422, notObject.body());
    assertTrue(notObject.body().contains("\"code\""), notObject.body());
  }

  @Test
  void authorsSetOneToThreePrompts() {
    long module = ReflectionFixtures.moduleFor(hire);
    Api author = Api.withToken("demo-forfatter-token");
    Reply set =
        author.put(
            "/api/v1/modules/" + module + "/prompts", "{\"prompts\": [\"Hvad undrede dig?\"]}");
    assertEquals(200, set.status(), set.body());
    assertEquals(
        422,
        author
            .put(
                "/api/v1/modules/" + module + "/prompts",
                "{\"prompts\": [\"a\", \"b\", \"c\", \"d\"]}")
            .status());
    assertEquals(
        403,
        hireApi.put("/api/v1/modules/" + module + "/prompts", "{\"prompts\": [\"a\"]}").status());
  }
}
