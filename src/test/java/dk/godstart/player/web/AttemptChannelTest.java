package dk.godstart.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.godstart.kernel.Conflict;
import dk.godstart.player.application.Attempts;
import dk.godstart.player.application.Commit;
import dk.godstart.player.application.CommitResult;
import dk.godstart.player.domain.AttemptToken;
import dk.godstart.player.domain.Signer;
import dk.godstart.player.infrastructure.SigningKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttemptChannelTest {

  private static final Signer SIGNER = new Signer(new byte[32]);
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  private static final String COMMIT =
      "{\"sco\":\"a\",\"sequence\":5,\"terminated\":false,\"cmi\":{\"location\":\"p2\"}}";

  private final List<String> calls = new ArrayList<>();
  private RuntimeException refusal;
  private AttemptChannel channel;
  private String token;

  @BeforeEach
  void aChannelWithAnAttemptOfLearner40() {
    token = new AttemptToken(152, 40, NOW.getEpochSecond() + 3600).value(SIGNER);
    channel = new AttemptChannel();
    channel.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    channel.keys =
        new SigningKeys() {
          @Override
          public Signer attempts() {
            return SIGNER;
          }
        };
    channel.attempts =
        new Attempts() {
          @Override
          public CommitResult commit(AttemptToken token, Commit commit) {
            calls.add("commit " + token.attemptId() + " " + commit.sequence());
            if (refusal != null) {
              throw refusal;
            }
            return new CommitResult(
                commit.sequence(), "incomplete", false, "resume", "PT0S", false);
          }

          @Override
          public void keepSequencingState(AttemptToken token, String state) {
            calls.add("state " + token.attemptId() + " " + state);
          }
        };
    channel.createJsonb();
  }

  private AttemptChannel.Answer post(String path, String body, String language) {
    return channel.answer(
        "POST", path, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), language);
  }

  private static JsonObject json(AttemptChannel.Answer answer) {
    return Json.createReader(new StringReader(answer.json())).readObject();
  }

  @Test
  void anAcceptedCommitAnswersWithTheServersDecisionsInTheAPIsShape() {
    AttemptChannel.Answer answer =
        post("/_godstart/attempt-channel/" + token + "/commits", COMMIT, null);

    assertEquals(200, answer.status(), answer.json());
    assertEquals(
        Set.of("sequence", "scoStatus", "scoFinished", "nextEntry", "totalTime", "moduleCompleted"),
        json(answer).keySet());
    assertEquals(5, json(answer).getInt("sequence"));
    assertEquals(List.of("commit 152 5"), calls);
  }

  @Test
  void theSequencingStateIsKeptAndAnsweredWithNoContent() {
    AttemptChannel.Answer answer =
        post(
            "/_godstart/attempt-channel/" + token + "/sequencing-state", "{\"state\":\"s\"}", null);

    assertEquals(204, answer.status());
    assertNull(answer.json());
    assertEquals(List.of("state 152 s"), calls);
  }

  @Test
  void aCommitTheAttemptRefusesIsTheAPIs409InTheCallersLanguage() {
    refusal = new RuntimeException("rolled back", new Conflict("attempt.completed"));

    AttemptChannel.Answer answer =
        post("/_godstart/attempt-channel/" + token + "/commits", COMMIT, "en-GB,en;q=0.8");

    assertEquals(409, answer.status());
    assertEquals("attempt.completed", json(answer).getString("code"));
    assertEquals(
        dk.godstart.kernel.ErrorTexts.message("attempt.completed", java.util.Locale.ENGLISH),
        json(answer).getString("message"));
  }

  @Test
  void aForgedOrExpiredTokenIsRefusedBeforeTheBodyIsRead() {
    String forged = token.replaceFirst("^152\\.", "153.");
    String expired = new AttemptToken(152, 40, NOW.getEpochSecond() - 1).value(SIGNER);

    for (String bad : List.of(forged, expired, "1.bogus")) {
      AttemptChannel.Answer answer =
          post("/_godstart/attempt-channel/" + bad + "/commits", "[]", null);
      assertEquals(403, answer.status(), bad);
      assertEquals("attempt.token", json(answer).getString("code"));
    }
    assertEquals(List.of(), calls);
  }

  @Test
  void aBodyThatIsNotACommitIsTheAPIs422() {
    for (String body : List.of("", "[]", "{", "{\"sco\":1,\"sequence\":1,\"cmi\":{}}")) {
      AttemptChannel.Answer answer =
          post("/_godstart/attempt-channel/" + token + "/commits", body, null);
      assertEquals(422, answer.status(), body);
      assertEquals("invalid-input", json(answer).getString("code"));
    }
  }

  @Test
  void otherAddressesAndMethodsAreRefusedInJson() {
    assertEquals(404, post("/_godstart/attempt-channel/" + token, COMMIT, null).status());
    assertEquals(
        404, post("/_godstart/attempt-channel/" + token + "/other", COMMIT, null).status());
    AttemptChannel.Answer get =
        channel.answer(
            "GET",
            "/_godstart/attempt-channel/" + token + "/commits",
            new ByteArrayInputStream(new byte[0]),
            null);
    assertEquals(405, get.status());
    assertEquals("method-not-allowed", json(get).getString("code"));
  }
}
