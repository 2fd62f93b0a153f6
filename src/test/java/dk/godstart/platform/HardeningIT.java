package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every response says about cookies, referrers and transport, and what is not served. */
class HardeningIT {

  @Test
  void theSessionCookieIsSentHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
    Reply page = Api.anonymous().get("/signin.xhtml");

    List<String> cookies = page.response().headers().allValues("Set-Cookie");
    String session =
        cookies.stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    String attributes = session.toLowerCase();
    assertTrue(attributes.contains("; httponly"), session);
    assertTrue(attributes.contains("; samesite=lax"), session);
    assertFalse(attributes.contains("; secure"), session);
  }

  @Test
  void pagesAndTheApiSendNoReferrerToOtherOriginsAndForbidSniffing() {
    for (Reply reply :
        List.of(
            Api.anonymous().get("/signin.xhtml"),
            Api.withToken("demo-admin-token").get("/api/v1/me"),
            Api.withToken("demo-admin-token").get("/index.xhtml"),
            Api.withToken("demo-admin-token").get("/api/v1/enrollments/999999999/path"))) {
      assertEquals("same-origin", reply.header("Referrer-Policy"), reply.body());
      assertEquals("nosniff", reply.header("X-Content-Type-Options"));
    }
  }

  @Test
  void noHstsOverPlainHttp() {
    assertNull(Api.anonymous().get("/signin.xhtml").header("Strict-Transport-Security"));
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    for (String path : List.of("/metrics", "/metrics/base")) {
      Reply anonymous = Api.anonymous().get(path);
      assertEquals(302, anonymous.status(), path);
      assertTrue(anonymous.header("Location").contains("/signin.xhtml"), path);
      for (String token :
          List.of(
              "demo-forfatter-token", "demo-sagssystem-token", TestAccounts.tokenFor("leder"))) {
        Reply reply = Api.withToken(token).get(path);
        assertEquals(403, reply.status(), path);
        assertNotNull(reply.body());
        assertFalse(reply.body().contains("# TYPE"), path);
      }
    }
    Reply admin = Api.withToken("demo-admin-token").get("/metrics");
    assertEquals(200, admin.status());
    assertTrue(admin.body().contains("# TYPE"));
  }
}
