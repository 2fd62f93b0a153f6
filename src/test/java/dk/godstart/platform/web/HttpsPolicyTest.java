package dk.godstart.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpsPolicyTest {

  @Test
  void byDefaultOnlyARequestThatArrivedOverTlsCountsAsHttps() {
    HttpsPolicy policy = new HttpsPolicy(false);
    assertTrue(policy.isHttps(true));
    assertFalse(policy.isHttps(false));
    assertFalse(policy.secureSessionCookie());
  }

  @Test
  void whenAllUsersComeOverHttpsEveryResponseCountsAndTheCookieIsSecure() {
    HttpsPolicy policy = new HttpsPolicy(true);
    assertTrue(policy.isHttps(false));
    assertTrue(policy.secureSessionCookie());
  }
}
