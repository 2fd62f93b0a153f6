package dk.godstart.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sign-in, sign-out and the waits after failed sign-ins, through the real pages in Chromium. */
class SignInIT {

  private static final String WRONG = "Forkert brugernavn eller adgangskode.";
  private static final Pattern WAIT =
      Pattern.compile(
          "For mange forkerte forsøg med dette brugernavn\\. Vent \\d+ sekunder, og prøv igen\\.");

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @ParameterizedTest(name = "{0} sees {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "nyansat;Sofie Andersen;Forside|Min vej|Mine noter|Nyt",
        "mentor;Mette Kristensen;Forside|Mine nyansatte|Til gennemsyn|Nyt",
        "mentor2;Lars Holm;Forside|Mine nyansatte|Til gennemsyn|Nyt",
        "buddy;Anders Møller;Forside|Buddy",
        "forfatter;Camilla Brandt;Forside|Moduler|Programmer|Sagsprocesser|Modultal",
        "leder;Henrik Lund;Forside|Forløb|Overblik",
        "admin;Birgitte Friis;Forside|Overblik|Moduler|Programmer|Sagsprocesser|Brugere|Organisation|API-tokens"
      })
  void eachDemoAccountSignsInAndSeesTheNavigationOfItsRolesOnly(
      String username, String name, String navigation) {
    browser.signIn(username, "godstart");

    assertEquals(name, browser.text(By.id("current-user")));
    assertEquals("/index.xhtml", browser.path());
    List<String> items =
        browser.driver().findElements(By.cssSelector("nav.main-nav a")).stream()
            .map(WebElement::getText)
            // What waits ("Til gennemsyn (1)") changes with the demo's state; the entries do not.
            .map(text -> text.replaceFirst("\\s*\\(\\d+\\)$", ""))
            .toList();
    assertEquals(List.of(navigation.split("\\|")), items);
  }

  @Test
  void aWrongPasswordShowsADanishErrorAndStartsNoSession() {
    browser.signIn("nyansat", "forkert");

    assertEquals(WRONG, browser.text(By.cssSelector("#messages .error")));
    browser.open("/index.xhtml");
    assertTrue(browser.path().startsWith("/signin.xhtml?next="), browser.path());
  }

  @Test
  void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
    browser.signIn("findes-ikke", "godstart");

    assertEquals(WRONG, browser.text(By.cssSelector("#messages .error")));
  }

  @Test
  void theSixthFailureInARowIsToldToWait() {
    TestAccounts.copyOf("nyansat", "vent-test");
    failSixTimes("vent-test");

    assertTrue(WAIT.matcher(browser.text(By.cssSelector("#messages .error"))).matches());
  }

  @Test
  void aTryDuringTheWaitIsRefusedEvenWithTheRightPassword() throws Exception {
    TestAccounts.copyOf("nyansat", "vent-lang");
    failSixTimes("vent-lang");
    // A long wait, so that the slowness of a busy machine cannot end it before the next try.
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement longer =
            db.prepareStatement(
                "UPDATE sign_in_throttle SET wait_until = NOW(6) + INTERVAL 10 MINUTE"
                    + " WHERE throttle_key LIKE 'vent-lang %'")) {
      assertEquals(1, longer.executeUpdate());
    }
    browser.signIn("vent-lang", "godstart");

    assertTrue(WAIT.matcher(browser.text(By.cssSelector("#messages .error"))).matches());
    browser.open("/index.xhtml");
    assertTrue(browser.path().startsWith("/signin.xhtml"), browser.path());
  }

  @Test
  void anUnknownUserIsToldToWaitInTheSameWaySoTheWaitRevealsNothing() {
    failSixTimes("ukendt-bruger");

    assertTrue(WAIT.matcher(browser.text(By.cssSelector("#messages .error"))).matches());
  }

  @Test
  void guessingFromOneAddressDoesNotKeepTheRealUserOutFromAnother() {
    TestAccounts.copyOf("nyansat", "gaet-test");
    failSixTimes("gaet-test");

    // 127.0.0.2 is this machine too, but another client address to the server.
    String other = GodstartServer.shared().baseUrl().replaceFirst("//[^:/]+", "//127.0.0.2");
    browser.driver().get(other + "/signin.xhtml");
    browser.submitSignIn("gaet-test", "godstart");

    assertEquals(other + "/index.xhtml", browser.driver().getCurrentUrl());
  }

  @Test
  void theWaitIsOverAfterItsSecondsAndTheRealPasswordWorksAgain() throws Exception {
    TestAccounts.copyOf("nyansat", "vent-kort");
    failSixTimes("vent-kort");

    Thread.sleep(2_500);
    browser.signIn("vent-kort", "godstart");

    assertEquals("/index.xhtml", browser.path());
  }

  private void failSixTimes(String username) {
    for (int attempt = 1; attempt <= 6; attempt++) {
      browser.signIn(username, "forkert-" + attempt);
      browser.waitFor(By.cssSelector("#messages .error"));
    }
  }

  @Test
  void signingInOverAnotherUserStartsAFreshSessionWithNothingCarriedOver() {
    browser.signIn("admin", "godstart");
    String adminSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    String adminToken = csrfToken();

    browser.signIn("nyansat", "godstart");
    String hireSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

    assertNotEquals(adminSession, hireSession);
    assertNotEquals(adminToken, csrfToken());
    assertEquals(401, withSession(adminSession, "GET", "/api/v1/me", null).status());
    Reply me = withSession(hireSession, "GET", "/api/v1/me", null);
    assertEquals("nyansat", me.json().getString("username"));
    assertEquals(403, withSession(hireSession, "GET", "/api/v1/api-tokens", null).status());
    Reply borrowed = withSession(hireSession, "POST", "/api/v1/modules/1/attempts", adminToken);
    assertEquals(403, borrowed.status());
    assertEquals("csrf", borrowed.json().getString("code"));
  }

  private String csrfToken() {
    return browser
        .driver()
        .findElement(By.cssSelector("meta[name=csrf-token]"))
        .getAttribute("content");
  }

  private static Reply withSession(String session, String method, String path, String csrf) {
    Api api = Api.anonymous();
    HttpRequest.Builder request =
        api.request(path)
            .header("Cookie", "JSESSIONID=" + session)
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return api.send(request);
  }

  @Test
  void signingOutEndsTheSession() {
    browser.signIn("mentor", "godstart");
    browser.find(By.id("signout:button")).click();

    browser.waitFor(By.id("signin:username"));
    assertTrue(browser.driver().getPageSource().contains("Du er logget ud."));
    browser.open("/index.xhtml");
    assertTrue(browser.path().startsWith("/signin.xhtml"), browser.path());
  }

  @Test
  void aProtectedPageAsksForSignInAndReturnsToItAfterwards() {
    browser.open("/admin/api-tokens.xhtml");
    assertTrue(browser.path().startsWith("/signin.xhtml?next="), browser.path());

    browser.submitSignIn("admin", "godstart");

    browser.waitFor(By.id("issue:name"));
    assertEquals("/admin/api-tokens.xhtml", browser.path());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    browser.signIn("nyansat", "godstart");

    var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertTrue(cookie.isHttpOnly());
    assertEquals("Lax", cookie.getSameSite());
  }
}
