package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.attempt;
import static dk.godstart.player.PlayerFixtures.enterLauncher;
import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.uploadFor;
import static dk.godstart.player.PlayerFixtures.waitForResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Packages whose items are assets (pages without the SCORM API), alone and mixed with a SCO, in
 * SCORM 1.2 and 2004, played in the real player: every item is in the contents and opens in the
 * frame, a page counts as completed once shown, and the module completes.
 */
class AssetPlayerIT {

  private Browser browser;
  private String hire;
  private Api hireApi;

  @BeforeEach
  void signInAsANewHire() {
    hire = newHire();
    hireApi = Api.withToken(TestAccounts.tokenFor(hire));
    browser = Browser.open();
    browser.signIn(hire, "godstart");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aScorm12PackageOfPagesOnlyShowsEachPageAndCompletes() {
    pagesOnly("assets-12");
  }

  @Test
  void aScorm2004PackageOfPagesOnlyShowsEachPageAndCompletes() {
    pagesOnly("assets-2004");
  }

  @Test
  void aMixedScorm12PackageShowsThePageRunsTheScoAndCompletes() {
    mixed("mixed-12");
  }

  @Test
  void aMixedScorm2004PackageShowsThePageRunsTheScoAndCompletes() {
    mixed("mixed-2004");
  }

  private void pagesOnly(String packageName) {
    long module = uploadFor(hire, AssetPackagesIT.testPackage(packageName));
    browser.open("/player/play.xhtml?module=" + module);

    assertEquals(List.of("Side 1", "Side 2", "Side 3"), contents());
    for (String page : List.of("Side 1", "Side 2", "Side 3")) {
      waitForPage(page);
      waitForStatus("ITEM-side" + page.charAt(page.length() - 1), "completed");
      assertFalse(alertShown(), browser.console());
      if (!page.equals("Side 3")) {
        browser.find(By.cssSelector(".gs-player__next")).click();
      }
    }

    JsonObject attempt = attempt(hireApi, module);
    assertEquals("completed", attempt.getString("status"), attempt.toString());
    assertTrue(
        attempt.getJsonArray("scos").getValuesAs(JsonObject.class).stream()
            .allMatch(item -> item.getBoolean("finished")));
  }

  private void mixed(String packageName) {
    long module = uploadFor(hire, AssetPackagesIT.testPackage(packageName));
    browser.open("/player/play.xhtml?module=" + module);

    assertEquals(List.of("Introduktion", "Quiz"), contents());
    waitForPage("Introduktion");
    waitForStatus("ITEM-intro", "completed");
    assertEquals("in-progress", attempt(hireApi, module).getString("status"));

    browser.find(By.cssSelector(".gs-player__next")).click();
    waitForPage("Quiz");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("initialized"), "true"));
    browser.find(By.id("complete")).click();
    waitForResult(browser, "completed:true:true");

    browser.driver().switchTo().defaultContent();
    waitForStatus("ITEM-quiz", "completed");
    assertFalse(alertShown(), browser.console());
    assertEquals("completed", attempt(hireApi, module).getString("status"));
  }

  private List<String> contents() {
    browser.driver().switchTo().defaultContent();
    browser.find(By.cssSelector(".gs-toc__item"));
    return browser.driver().findElements(By.cssSelector(".gs-toc__item .gs-toc__title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits inside the item's frame (player page, launcher, item) until its heading is shown. */
  private void waitForPage(String title) {
    enterLauncher(browser);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco-frame")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .withMessage(() -> "page " + title + "\n" + browser.console())
        .until(ExpectedConditions.textToBe(By.id("page-title"), title));
  }

  /** Waits on the player page until the contents show the item's status (the server's answer). */
  private void waitForStatus(String item, String status) {
    browser.driver().switchTo().defaultContent();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .withMessage(() -> item + " " + status + "\n" + browser.console())
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector(".gs-toc__item[data-sco='" + item + "']"), "data-status", status));
  }

  private boolean alertShown() {
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var a = document.querySelector('.gs-player__alert');"
                    + "return !!a && a.textContent.trim().length > 0;");
  }
}
