package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.attempt;
import static dk.godstart.player.PlayerFixtures.enterLauncher;
import static dk.godstart.player.PlayerFixtures.enterSco;
import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.openPlayer;
import static dk.godstart.player.PlayerFixtures.storedCmi;
import static dk.godstart.player.PlayerFixtures.storedSequencingState;
import static dk.godstart.player.PlayerFixtures.uploadFor;
import static dk.godstart.player.PlayerFixtures.waitForResult;
import static dk.godstart.player.PlayerFixtures.waitForScoFile;
import static dk.godstart.player.PlayerFixtures.withTestScos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A hire takes SCORM modules in the real player in Chromium; the server stores what they did. */
class PlayerIT {

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
  void aScorm12ScoStoresItsStatusScoreAndTime() {
    long module =
        uploadFor(hire, withTestScos(ScormPackageBuilder.scorm12().title("SCORM 1.2-test"), "a"));

    openPlayer(browser, module);
    assertEquals("1.2", browser.text(By.id("api")));
    assertEquals("ab-initio", browser.text(By.id("entry")));
    browser.find(By.id("complete")).click();
    waitForResult(browser, "completed:true:true");

    JsonObject attempt = attempt(hireApi, module);
    assertEquals("completed", attempt.getString("status"));
    JsonObject sco = attempt.getJsonArray("scos").getJsonObject(0);
    assertEquals("completed", sco.getString("status"));
    assertEquals(90, sco.getJsonNumber("scoreRaw").intValue());
    assertEquals(90, sco.getJsonNumber("totalSeconds").intValue());
    assertEquals(90, attempt.getJsonNumber("totalSeconds").intValue());
  }

  @Test
  void aScorm2004ScoStoresItsStatusScoreAndTime() {
    long module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));

    openPlayer(browser, module);
    assertEquals("2004", browser.text(By.id("api")));
    assertEquals("normal", browser.text(By.id("mode")));
    browser.find(By.id("complete")).click();
    waitForResult(browser, "completed:true:true");

    JsonObject attempt = attempt(hireApi, module);
    assertEquals("completed", attempt.getString("status"));
    assertEquals(0.9, attempt.getJsonNumber("scoreScaled").doubleValue(), 0.0001);
    JsonObject sco = attempt.getJsonArray("scos").getJsonObject(0);
    assertEquals("passed", sco.getString("status"));
    assertEquals(90, sco.getJsonNumber("totalSeconds").intValue());
  }

  @Test
  void reloadingResumesWithLocationAndSuspendData() {
    long module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));
    openPlayer(browser, module);
    browser.find(By.id("save")).click();
    waitForResult(browser, "saved:true");

    openPlayer(browser, module);

    assertEquals("resume", browser.text(By.id("entry")));
    assertEquals("side-3", browser.text(By.id("location")));
    assertEquals("svar=ja", browser.text(By.id("suspend")));
  }

  @Test
  void closingTheTabRightAfterASetValueKeepsTheData() {
    long module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm12(), "a"));
    String first = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    openPlayer(browser, module);
    browser.find(By.id("set-only")).click();
    waitForResult(browser, "set");

    browser.driver().close();
    browser.driver().switchTo().window(first);

    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> storedCmi(hire, module, "ITEM-a").orElse("").contains("ulagret-side"));
  }

  @Test
  void aSecondTabOnTheSameAttemptIsRefusedAndOverwritesNothing() {
    long module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));
    String first = browser.driver().getWindowHandle();
    openPlayer(browser, module);
    browser.driver().switchTo().newWindow(WindowType.TAB);
    String second = browser.driver().getWindowHandle();
    openPlayer(browser, module);

    browser.driver().switchTo().window(first);
    enterSco(browser);
    browser.find(By.id("save")).click();
    waitForResult(browser, "saved:true");
    browser.driver().switchTo().window(second);
    enterSco(browser);
    browser.find(By.id("set-only")).click();
    browser.find(By.id("save")).click();
    waitForResult(browser, "saved:false");

    browser.driver().switchTo().defaultContent();
    assertTrue(
        browser
            .text(By.cssSelector(".gs-player__alert"))
            .startsWith("Modulet er åbent i et andet"));
    assertTrue(storedCmi(hire, module, "ITEM-a").orElseThrow().contains("side-3"));
  }

  @Test
  void aMultiScoPackageHasAContentsListAndIsCompletedOnlyAfterEveryScoIs() {
    long module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm12(), "a", "b", "c"));
    openPlayer(browser, module);
    browser.driver().switchTo().defaultContent();
    List<String> titles =
        browser.driver().findElements(By.cssSelector(".gs-toc__item .gs-toc__title")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("Del A", "Del B", "Del C"), titles);

    for (String sco : List.of("a", "b", "c")) {
      enterSco(browser);
      browser.find(By.id("complete")).click();
      waitForResult(browser, "completed:true:true");
      assertEquals(
          sco.equals("c") ? "completed" : "in-progress",
          attempt(hireApi, module).getString("status"));
      browser.driver().switchTo().defaultContent();
      if (!sco.equals("c")) {
        browser.find(By.cssSelector(".gs-player__next")).click();
        waitForScoFile(browser, (char) (sco.charAt(0) + 1) + ".html");
      }
    }
    browser.find(By.cssSelector(".gs-player__previous")).click();
    waitForScoFile(browser, "b.html");
  }

  @Test
  void inAForcedOrderPackageALaterScoCannotBeChosenFirst() {
    long module =
        uploadFor(
            hire,
            withTestScos(
                ScormPackageBuilder.scorm2004FourthEdition().withSequencing(), "a", "b", "c"));
    openPlayer(browser, module);
    browser.driver().switchTo().defaultContent();

    WebElement third = browser.find(By.cssSelector(".gs-toc__item[data-sco='ITEM-c']"));
    assertEquals("true", third.getAttribute("aria-disabled"));
    third.click();

    enterLauncher(browser);
    assertTrue(browser.find(By.id("sco-frame")).getAttribute("src").endsWith("a.html"));
    assertTrue(storedCmi(hire, module, "ITEM-c").isEmpty(), "nothing was stored for part 3");
  }

  @Test
  void aSequencedPackageKeepsTheEnginesStateAcrossPageLoads() {
    long module =
        uploadFor(
            hire,
            withTestScos(ScormPackageBuilder.scorm2004FourthEdition().withSequencing(), "a", "b"));
    openPlayer(browser, module);
    browser.find(By.id("complete")).click();
    waitForResult(browser, "completed:true:true");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(driver -> storedSequencingState(hire, module).isPresent());

    openPlayer(browser, module);
    enterLauncher(browser);

    // The engine of the new page knows part A's outcome from the state the server kept: the SCO
    // has not committed anything in this page.
    Object partA =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const tree = window.API_1484_11.getSequencingState().rootActivity;"
                    + "const a = tree.children.find(c => c.id === 'ITEM-a');"
                    + "return a.completionStatus + ':' + a.successStatus;");
    assertEquals("completed:passed", partA);
  }

  @Test
  void aCompletedModuleOpensForReviewWithoutCredit() {
    long module = uploadFor(hire, withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));
    openPlayer(browser, module);
    browser.find(By.id("complete")).click();
    waitForResult(browser, "completed:true:true");

    openPlayer(browser, module);

    assertEquals("review", browser.text(By.id("mode")));
    assertEquals("no-credit", browser.text(By.id("credit")));
    browser.driver().switchTo().defaultContent();
    assertTrue(browser.text(By.cssSelector(".gs-player__banner")).contains("Du har gennemført"));
    assertTrue(browser.find(By.cssSelector(".gs-player__new-attempt")).isDisplayed());
  }
}
