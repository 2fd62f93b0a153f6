package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The layout: language, landmarks, keyboard use, friendly errors and WCAG checks. */
class PagesIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theSignInPageIsDanishWithLandmarksAndLabels() {
    browser.open("/signin.xhtml");

    assertEquals("da", browser.find(By.tagName("html")).getAttribute("lang"));
    assertEquals("Log ind", browser.text(By.tagName("h1")));
    assertEquals(1, browser.driver().findElements(By.tagName("main")).size());
    assertEquals(
        "Brugernavn",
        browser.text(By.cssSelector("label[for='signin:username'] .ui-outputlabel-label")));
    Accessibility.assertNoSeriousViolations(browser.driver());
  }

  @Test
  void signingInWorksWithTheKeyboardAlone() {
    browser.open("/signin.xhtml");
    WebElement user = browser.find(By.id("signin:username"));
    user.sendKeys("leder");
    user.sendKeys(Keys.TAB);
    browser.driver().switchTo().activeElement().sendKeys("godstart");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

    assertEquals("Henrik Lund", browser.text(By.id("current-user")));
  }

  @Test
  void theLanguageSwitchTurnsThePagesEnglishAndBack() {
    browser.signIn("admin", "godstart");
    browser.find(By.id("language:en")).click();

    browser.waitFor(By.id("language:da"));
    assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
    assertEquals(
        List.of(
            "Home",
            "Overview",
            "Modules",
            "Programmes",
            "Casework processes",
            "Accounts",
            "Organisation",
            "API tokens"),
        navigation());

    browser.find(By.id("language:da")).click();
    browser.waitFor(By.id("language:en"));
    assertEquals(
        List.of(
            "Forside",
            "Overblik",
            "Moduler",
            "Programmer",
            "Sagsprocesser",
            "Brugere",
            "Organisation",
            "API-tokens"),
        navigation());
  }

  @Test
  void anUnknownPageShowsAFriendlyDanish404() {
    browser.signIn("nyansat", "godstart");
    browser.open("/findes-ikke.xhtml");

    assertEquals("Siden findes ikke", browser.text(By.tagName("h1")));
    assertFalse(browser.driver().getPageSource().contains(".java:"), "no stack trace");
  }

  @Test
  void theSignedInPagesPassTheWcagCheck() {
    browser.signIn("admin", "godstart");
    Accessibility.assertNoSeriousViolations(browser.driver());
    browser.open("/admin/api-tokens.xhtml");
    Accessibility.assertNoSeriousViolations(browser.driver());
  }

  @Test
  void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
    browser.signIn("nyansat", "godstart");
    browser.find(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement first = browser.driver().switchTo().activeElement();

    assertEquals("Spring til indhold", first.getText());
    assertTrue(first.getAttribute("href").endsWith("#main"));
  }

  private List<String> navigation() {
    return browser.driver().findElements(By.cssSelector("nav.main-nav a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
