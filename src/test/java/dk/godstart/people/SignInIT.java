package dk.godstart.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sign-in, sign-out and lock-out through the real pages in Chromium. */
class SignInIT {

  private static final String WRONG = "Forkert brugernavn eller adgangskode.";
  private static final String LOCKED =
      "Log ind er spærret i 15 minutter efter 10 forkerte forsøg. Prøv igen senere.";

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
        "nyansat;Sofie Andersen;Forside|Min vej",
        "mentor;Mette Kristensen;Forside|Mine nyansatte",
        "mentor2;Lars Holm;Forside|Mine nyansatte",
        "buddy;Anders Møller;Forside|Buddy",
        "forfatter;Camilla Brandt;Forside|Moduler|Programmer|Sagsprocesser",
        "leder;Henrik Lund;Forside|Forløb",
        "admin;Birgitte Friis;Forside|Moduler|Programmer|Sagsprocesser|API-tokens"
      })
  void eachDemoAccountSignsInAndSeesTheNavigationOfItsRolesOnly(
      String username, String name, String navigation) {
    browser.signIn(username, "godstart");

    assertEquals(name, browser.text(By.id("current-user")));
    assertEquals("/index.xhtml", browser.path());
    List<String> items =
        browser.driver().findElements(By.cssSelector("nav.main-nav a")).stream()
            .map(WebElement::getText)
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
  void theEleventhAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
    TestAccounts.copyOf("nyansat", "laas-test");
    for (int attempt = 1; attempt <= 10; attempt++) {
      browser.signIn("laas-test", "forkert-" + attempt);
      browser.waitFor(By.cssSelector("#messages .error"));
    }
    browser.signIn("laas-test", "godstart");

    assertEquals(LOCKED, browser.text(By.cssSelector("#messages .error")));
    browser.open("/index.xhtml");
    assertTrue(browser.path().startsWith("/signin.xhtml"), browser.path());
  }

  @Test
  void anUnknownUserIsLockedInTheSameWaySoTheLockRevealsNothing() {
    for (int attempt = 1; attempt <= 10; attempt++) {
      browser.signIn("ukendt-bruger", "forkert-" + attempt);
      browser.waitFor(By.cssSelector("#messages .error"));
    }
    browser.signIn("ukendt-bruger", "godstart");

    assertEquals(LOCKED, browser.text(By.cssSelector("#messages .error")));
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
