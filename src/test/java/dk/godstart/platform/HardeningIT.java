package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
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
  void metricsAreServedToNobody() {
    for (Api api : List.of(Api.anonymous(), Api.withToken("demo-admin-token"))) {
      for (String path : List.of("/metrics", "/metrics/base", "/metrics/application")) {
        Reply reply = api.get(path);
        // Not found for the administrator; anyone else is sent to sign in first.
        boolean toSignIn =
            reply.status() == 302 && reply.header("Location").contains("/signin.xhtml");
        assertTrue(reply.status() == 404 || toSignIn, path + ": " + reply.status());
        assertNotNull(reply.body());
        assertFalse(reply.body().contains("jvm"), path + ": " + reply.body());
        assertFalse(reply.body().contains("# TYPE"), path + ": " + reply.body());
      }
    }
  }
}
