package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Health and OpenAPI endpoints, public and served by Payara Micro for the application. */
class HealthIT {

  @Test
  void readyIsUpWithTheDatabaseAtTheExpectedSchemaVersion() {
    Reply reply = Api.anonymous().get("/health/ready");

    assertEquals(200, reply.status(), reply.body());
    assertEquals("UP", reply.json().getString("status"));
    JsonObject database = reply.json().getJsonArray("checks").getJsonObject(0);
    assertEquals("database", database.getString("name"));
    JsonObject data = database.getJsonObject("data");
    assertEquals(data.getString("expectedSchemaVersion"), data.getString("schemaVersion"));
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
