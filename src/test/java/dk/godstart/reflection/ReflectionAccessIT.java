package dk.godstart.reflection;

import static dk.godstart.reflection.ReflectionFixtures.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Only the hire and the hire's current mentors reach a note or a meeting, in REST and in the pages:
 * another hire, a mentor of another hire, a mentor whose assignment ended, the buddy, the leader,
 * the author and the administrator get 403; nobody signed in gets 401. The leader gets counts, and
 * they are right.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflectionAccessIT {

  private String hire;
  private long enrollment;
  private long note;
  private long meeting;
  private String ended;
  private String otherMentor;
  private String otherHire;

  @BeforeAll
  void aHireWithASubmittedNoteAndAPlannedMeeting() {
    hire = PlayerFixtures.newHire();
    enrollment = ReflectionFixtures.enrollmentOf(hire);
    Api hireApi = Api.withToken(TestAccounts.tokenFor(hire));
    long module = ReflectionFixtures.moduleFor(hire);
    ReflectionFixtures.complete(hireApi, module);
    note =
        hireApi
            .post(
                "/api/v1/notes",
                "{\"moduleId\": " + module + ", \"answers\": " + answers("Hemmelig tekst") + "}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, hireApi.post("/api/v1/notes/" + note + "/submission", "").status());
    meeting =
        Api.withToken(TestAccounts.tokenFor("mentor"))
            .post(
                "/api/v1/enrollments/" + enrollment + "/meetings",
                "{\"startsAt\": \"2026-12-10T10:00:00+01:00\", \"place\": \"Kontoret\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    ended = ReflectionFixtures.newMentor("ended");
    ReflectionFixtures.assign(
        enrollment, ended, false, LocalDate.now().minusDays(30), LocalDate.now().minusDays(1));
    otherHire = PlayerFixtures.newHire();
    otherMentor = ReflectionFixtures.newMentor("other");
    ReflectionFixtures.assign(
        ReflectionFixtures.enrollmentOf(otherHire), otherMentor, false, LocalDate.now(), null);
  }

  /** Who is refused: a name for the report, and the account. */
  List<String> outsiders() {
    return List.of(
        "otherHire", "otherMentor", "endedMentor", "buddy", "leder", "forfatter", "admin");
  }

  private String account(String who) {
    return switch (who) {
      case "otherHire" -> otherHire;
      case "otherMentor" -> otherMentor;
      case "endedMentor" -> ended;
      default -> who;
    };
  }

  /** Every note and meeting call, as method and path with a body. */
  private List<Function<Api, Reply>> calls() {
    List<Function<Api, Reply>> calls = new ArrayList<>();
    calls.add(api -> api.get("/api/v1/notes/" + note));
    calls.add(
        api ->
            api.put(
                "/api/v1/notes/" + note, "{\"version\": 0, \"answers\": " + answers("x") + "}"));
    calls.add(api -> api.post("/api/v1/notes/" + note + "/submission", ""));
    calls.add(api -> api.post("/api/v1/notes/" + note + "/take", ""));
    calls.add(api -> api.post("/api/v1/notes/" + note + "/comments", "{\"text\": \"x\"}"));
    calls.add(api -> api.post("/api/v1/notes/" + note + "/review", "{\"outcome\": \"reviewed\"}"));
    calls.add(api -> api.get("/api/v1/enrollments/" + enrollment + "/meetings"));
    calls.add(
        api ->
            api.post(
                "/api/v1/enrollments/" + enrollment + "/meetings",
                "{\"startsAt\": \"2026-12-11T10:00:00+01:00\", \"place\": \"x\"}"));
    calls.add(api -> api.get("/api/v1/meetings/" + meeting));
    calls.add(api -> api.post("/api/v1/meetings/" + meeting + "/agenda", "{\"text\": \"x\"}"));
    calls.add(api -> api.put("/api/v1/meetings/" + meeting + "/summary", "{\"summary\": \"x\"}"));
    calls.add(api -> api.get("/api/v1/meetings/" + meeting + "/calendar"));
    return calls;
  }

  @ParameterizedTest
  @MethodSource("outsiders")
  void outsidersGet403OnEveryNoteAndMeetingCall(String who) {
    Api api = Api.withToken(TestAccounts.tokenFor(account(who)));
    List<Function<Api, Reply>> calls = calls();
    for (int i = 0; i < calls.size(); i++) {
      Reply reply = calls.get(i).apply(api);
      assertEquals(403, reply.status(), who + ", call " + i + ": " + reply.body());
      assertTrue(reply.body().contains("\"code\""), reply.body());
      assertTrue(!reply.body().contains("Hemmelig"), "no text leaks");
    }
  }

  @Test
  void nobodySignedInGets401() {
    for (Function<Api, Reply> call : calls()) {
      assertEquals(401, call.apply(Api.anonymous()).status());
    }
    assertEquals(401, Api.anonymous().get("/api/v1/review-queue").status());
    assertEquals(401, Api.anonymous().get("/api/v1/me/notes").status());
  }

  @Test
  void noReadByAnOutsiderIsRecordedAndTheQueueShowsOnlyOwnHires() {
    JsonObject seen =
        Api.withToken(TestAccounts.tokenFor(hire)).get("/api/v1/notes/" + note).json();
    assertTrue(seen.getJsonArray("reads").isEmpty(), seen.toString());
    List<JsonObject> queue =
        Api.withToken(TestAccounts.tokenFor(otherMentor))
            .get("/api/v1/review-queue")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertTrue(
        queue.stream().noneMatch(q -> q.getJsonNumber("noteId").longValue() == note),
        queue.toString());
    assertEquals(
        403, Api.withToken(TestAccounts.tokenFor(hire)).get("/api/v1/review-queue").status());
  }

  @Test
  void theLeaderGetsCountsWithoutText() {
    Reply counts = Api.withToken(TestAccounts.tokenFor("leder")).get("/api/v1/review-counts");
    assertEquals(200, counts.status(), counts.body());
    assertTrue(!counts.body().contains("Hemmelig"));
    JsonObject mine =
        counts.json().getJsonArray("hires").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getString("employee").equals(hire))
            .findFirst()
            .orElseThrow();
    assertEquals(1, mine.getInt("waiting"));
    assertEquals(0, mine.getInt("meetingsHeld"));
    JsonObject mette =
        counts.json().getJsonArray("mentors").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("mentor").equals("mentor"))
            .findFirst()
            .orElseThrow();
    assertTrue(mette.getInt("waiting") >= 1, mette.toString());
    assertTrue(mette.containsKey("oldestSubmittedAt"), mette.toString());
    assertEquals(
        403, Api.withToken(TestAccounts.tokenFor("mentor")).get("/api/v1/review-counts").status());
  }

  @ParameterizedTest
  @MethodSource("outsiders")
  void outsidersGetTheForbiddenPageForTheNoteAndTheMeetings(String who) {
    try (Browser browser = Browser.open()) {
      browser.signIn(account(who), "godstart");
      for (String page :
          Stream.of(
                  "/reflection/note.xhtml?id=" + note,
                  "/reflection/meetings.xhtml?enrollment=" + enrollment,
                  "/reflection/meetings.xhtml?meeting=" + meeting)
              .toList()) {
        browser.open(page);
        String body = browser.find(By.tagName("body")).getText();
        assertTrue(!body.contains("Hemmelig tekst"), who + " on " + page);
        assertEquals("Ingen adgang", browser.text(By.tagName("h1")), who + " on " + page);
      }
    }
  }
}
