package dk.godstart.platform;

import static dk.godstart.player.PlayerFixtures.attemptOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.DemoCatalog;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Danish sample modules of the demo, as a hire meets them in the player: each one's own script
 * reaches the runtime, two are walked to the end, and every page passes the WCAG check.
 */
class SampleModulesIT {

  private Browser browser;
  private String hire;
  private Map<String, Long> modules;

  @BeforeEach
  void signInAsAHire() {
    hire = PlayerFixtures.newHire();
    browser = Browser.open();
    browser.signIn(hire, "godstart");
    modules = DemoCatalog.moduleIdsByTitle();
    // The hire's mentor opens every module for them, so each can be tried in the player.
    modules.values().forEach(module -> PlayerFixtures.releaseTo(hire, module));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private long module(String titleStart) {
    return DemoCatalog.moduleId(modules, titleStart);
  }

  /** Opens the module and waits in its frame until the module's script initialised the runtime. */
  private void open(long module) {
    browser.open("/player/play.xhtml?module=" + module);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .withMessage(() -> "no player on " + browser.path())
        .until(d -> !d.findElements(By.id("content-frame")).isEmpty());
    // The player page frames the launcher (content origin), which frames the module.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("content-frame")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco-frame")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !!(window.godstartSco && window.godstartSco.initialized);")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Partshøring",
        "Begrundelse og klagevejledning",
        "Notatpligt",
        "Underretninger",
        "Børnefaglig undersøgelse",
        "Barnets plan",
        "Sygedagpenge",
        "Tavshedspligt"
      })
  void eachModuleReachesTheRuntimeAndEveryPagePassesTheWcagCheck(String title) {
    open(module(title));

    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    assertEquals(Boolean.TRUE, js.executeScript("return window.godstartSco.apiFound;"));
    long pages = (Long) js.executeScript("return window.godstartSco.pages;");
    for (int page = 1; page <= pages; page++) {
      Accessibility.assertNoSeriousViolations(browser.driver());
      // axe leaves the driver in the top document: back into the module's frame.
      browser.driver().switchTo().defaultContent();
      browser.driver().switchTo().frame(browser.find(By.id("content-frame")));
      browser.driver().switchTo().frame(browser.find(By.id("sco-frame")));
      if (page < pages) {
        click(browser.find(By.id("next")));
      }
    }
  }

  @Test
  void notatpligtIsCompletedOnItsLastPage() {
    long module = module("Notatpligt");
    open(module);

    walkToTheEnd(false);

    assertEquals("completed", attemptOf(hire, module).getString("status"));
  }

  @Test
  void partshoeringIsPassedWithTheRightAnswersAndScored() {
    long module = module("Partshøring");
    open(module);

    walkToTheEnd(true);

    JsonObject attempt = attemptOf(hire, module);
    assertEquals("completed", attempt.getString("status"));
    assertEquals(1.0, attempt.getJsonNumber("scoreScaled").doubleValue(), 0.001);
    assertEquals("passed", attempt.getJsonArray("scos").getJsonObject(0).getString("status"));
  }

  /** Goes through every page, answering questions right when asked, and finishes. */
  private void walkToTheEnd(boolean answer) {
    while (visible("#finish").isEmpty()) {
      if (answer) {
        answerVisibleQuestions();
      }
      click(browser.find(By.id("next")));
    }
    if (answer) {
      answerVisibleQuestions();
    }
    click(browser.find(By.id("finish")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !!(window.godstartSco && window.godstartSco.terminated);")));
  }

  private void answerVisibleQuestions() {
    for (WebElement question : visible("fieldset.question")) {
      question.findElements(By.cssSelector("input[data-correct='true']")).forEach(this::click);
      click(question.findElement(By.cssSelector("button.check")));
    }
  }

  /** Clicks like a user who first scrolls the control into the middle of the view. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private java.util.List<WebElement> visible(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }
}
