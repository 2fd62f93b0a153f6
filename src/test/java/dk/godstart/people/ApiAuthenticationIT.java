package dk.godstart.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Who may call the REST API: tokens, revocation, roles, the error shape and CSRF. */
class ApiAuthenticationIT {

  private final Api admin = Api.withToken("demo-admin-token");

  @Test
  void noTokenGets401WithTheJsonErrorShapeInDanish() {
    Reply reply = Api.anonymous().get("/api/v1/me");

    assertEquals(401, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("application/json"));
    JsonObject body = reply.json();
    assertEquals("not-authenticated", body.getString("code"));
    assertTrue(body.getString("message").startsWith("Du skal være logget ind"));
    assertEquals(0, body.getJsonArray("details").size());
  }

  @Test
  void theErrorMessageIsEnglishWhenTheCallerPrefersEnglish() {
    Reply reply = Api.anonymous().inLanguage("en-GB,en;q=0.8").get("/api/v1/me");

    assertEquals(401, reply.status());
    assertTrue(reply.json().getString("message").startsWith("You must be signed in"));
  }

  @Test
  void anUnknownTokenGets401() {
    assertEquals(401, Api.withToken("no-such-token").get("/api/v1/me").status());
  }

  @Test
  void aValidTokenActsForItsAccount() {
    Reply reply = Api.withToken("demo-forfatter-token").get("/api/v1/me");

    assertEquals(200, reply.status());
    assertEquals("forfatter", reply.json().getString("username"));
    assertEquals("AUTHOR", reply.json().getJsonArray("roles").getString(0));
  }

  @Test
  void aRevokedTokenGets401() {
    JsonObject issued = issue("Revoked soon", "nyansat");
    String secret = issued.getString("token");
    assertEquals(200, Api.withToken(secret).get("/api/v1/me").status());

    assertEquals(204, admin.delete("/api/v1/api-tokens/" + issued.getInt("id")).status());

    Reply reply = Api.withToken(secret).get("/api/v1/me");
    assertEquals(401, reply.status());
    assertEquals("not-authenticated", reply.json().getString("code"));
  }

  @Test
  void aHiresTokenOnAnAdminEndpointGets403() {
    String hire = issue("Hire's token", "nyansat").getString("token");

    Reply reply = Api.withToken(hire).get("/api/v1/api-tokens");

    assertEquals(403, reply.status());
    assertEquals("access-denied", reply.json().getString("code"));
    assertEquals("Du har ikke adgang til dette.", reply.json().getString("message"));
  }

  @Test
  void anIssuedTokenIsStoredHashedAndListedWithoutItsSecret() {
    JsonObject issued = issue("Listed", "leder");

    Reply list = admin.get("/api/v1/api-tokens");
    assertEquals(200, list.status());
    assertTrue(list.body().contains("\"Listed\""));
    assertTrue(!list.body().contains(issued.getString("token")));
    assertTrue(issued.getString("token").startsWith("gs_"));
  }

  @Test
  void issuingForAnUnknownAccountGets422WithDetails() {
    Reply reply = admin.post("/api/v1/api-tokens", "{\"name\": \"\", \"account\": \"ingen\"}");

    assertEquals(422, reply.status());
    assertEquals("invalid-input", reply.json().getString("code"));
    JsonObject detail = reply.json().getJsonArray("details").getJsonObject(0);
    assertEquals("field.required", detail.getString("code"));
    assertEquals("name", detail.getString("location"));
  }

  @Test
  void unknownPathsAndBadJsonAnswerInTheSameShape() {
    Reply missing = admin.get("/api/v1/no-such-thing");
    assertEquals(404, missing.status());
    assertEquals("not-found", missing.json().getString("code"));

    Reply bad = admin.post("/api/v1/api-tokens", "{not json");
    assertEquals(400, bad.status());
    assertNotNull(bad.json().getString("message"));
  }

  private JsonObject issue(String name, String account) {
    Reply reply =
        admin.post(
            "/api/v1/api-tokens", "{\"name\": \"" + name + "\", \"account\": \"" + account + "\"}");
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }
}
