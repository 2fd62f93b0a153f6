package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Health and OpenAPI endpoints, public and served by Payara Micro for the application. */
class HealthIT {

  @Test
  void readyIsUpWithTheDatabaseAtTheExpectedSchemaVersion() {
    Reply reply = Api.anonymous().get("/health/ready");

    assertEquals(200, reply.status(), reply.body());
    assertEquals("UP", reply.json().getString("status"));
    JsonObject data = check(reply, "database").getJsonObject("data");
    assertEquals(data.getString("expectedSchemaVersion"), data.getString("schemaVersion"));
  }

  @Test
  void readyIncludesTheDailyUnlockingScheduledForTheComingDay() {
    Reply reply = Api.anonymous().get("/health/ready");

    JsonObject daily = check(reply, "daily-unlocking");
    assertEquals("UP", daily.getString("status"), reply.body());
    Instant next = Instant.parse(daily.getJsonObject("data").getString("nextRun"));
    assertTrue(next.isAfter(Instant.now()), next.toString());
    assertTrue(next.isBefore(Instant.now().plus(Duration.ofHours(25))), next.toString());
  }

  private static JsonObject check(Reply reply, String name) {
    return reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> check.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + reply.body()));
  }

  @Test
  void liveIsUp() {
    Reply reply = Api.anonymous().get("/health/live");

    assertEquals(200, reply.status());
    assertEquals("UP", reply.json().getString("status"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    Reply reply = Api.anonymous().get("/openapi");

    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("title: Godstart API"), reply.body());
    assertTrue(reply.body().contains("/api/v1/api-tokens"));
    assertTrue(reply.body().contains("scheme: bearer"));
  }
}
