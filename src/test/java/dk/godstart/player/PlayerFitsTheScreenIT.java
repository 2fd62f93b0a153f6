package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.enterLauncher;
import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.releaseTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.DemoCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The player fits the screen: a hire opens a demo module from Min vej on a phone (390×844) and on a
 * small laptop (1280×720), and reaches and clicks the module's own "Næste" on every page and
 * "Afslut" on the last one without any scrolling inside the frame: the frame takes the height the
 * content reports, and only the page scrolls.
 */
class PlayerFitsTheScreenIT {

  private Browser browser;
  private String hire;
  private long module;

  @BeforeEach
  void aHireWithTheNotatpligtModule() {
    hire = newHire();
    Map<String, Long> modules = DemoCatalog.moduleIdsByTitle();
    module = DemoCatalog.moduleId(modules, "Notatpligt");
    releaseTo(hire, module);
    browser = Browser.open();
    browser.signIn(hire, "godstart");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void onAPhoneTheModulesOwnButtonsAreReachedWithoutScrollingInsideTheFrame() {
    walkToTheLastPageAndFinish(390, 844, "da");
  }

  @Test
  void onASmallLaptopTheModulesOwnButtonsAreReachedWithoutScrollingInsideTheFrame() {
    walkToTheLastPageAndFinish(1280, 720, "da");
  }

  @Test
  void inEnglishOnAPhoneTheFrameFitsToo() {
    walkToTheLastPageAndFinish(390, 844, "en");
  }

  private void walkToTheLastPageAndFinish(int width, int height, String language) {
    browser.driver().manage().window().setSize(new Dimension(width, height));
    browser.open("/enrollment/my-path.xhtml");
    browser.chooseLanguage(language);
    assertTrue(
        (Long) script("return window.innerWidth;") <= width, "the window is " + width + " wide");
    browser.find(By.cssSelector("li[data-module='" + module + "'] a.open-module")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("/player/play.xhtml"));
    enterSco();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> fits(By.id("next")));
    screenshot("player-" + width + "-" + language + "-first");

    enterSco();
    int pages = 0;
    while (!browser.driver().findElements(By.cssSelector("#next:not([hidden])")).isEmpty()) {
      clickWithoutScrollingInside(By.id("next"));
      pages++;
      assertTrue(pages < 30, "the module has an end");
    }
    screenshot("player-" + width + "-" + language + "-last");
    enterSco();
    clickWithoutScrollingInside(By.id("finish"));

    enterSco();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".gs-notices"), "Du har afsluttet modulet"));
    assertTrue(pages >= 2, "the module has several pages: " + pages);
  }

  /**
   * Waits until the button lies inside the module's window while that window cannot scroll (the
   * frame is as tall as the content), then clicks it and checks that the module's window did not
   * scroll: the player page is the only thing that scrolls.
   */
  private void clickWithoutScrollingInside(By button) {
    enterSco();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .withMessage(() -> "the frame fits its content: " + frameFacts(button))
        .until(d -> fits(button));
    assertEquals(0L, ((Number) script("return Math.round(window.scrollY);")).longValue());
    browser.find(button).click();
    assertEquals(
        0L,
        ((Number) script("return Math.round(window.scrollY);")).longValue(),
        "clicking did not scroll inside the frame");
    assertLauncherDoesNotScroll();
  }

  private boolean fits(By button) {
    List<WebElement> found = browser.driver().findElements(button);
    if (found.isEmpty() || !found.get(0).isDisplayed()) {
      return false;
    }
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var b = arguments[0].getBoundingClientRect();"
                    + "var root = document.scrollingElement || document.documentElement;"
                    + "return root.scrollHeight <= window.innerHeight + 1"
                    + " && b.bottom <= window.innerHeight && b.top >= 0;",
                found.get(0));
  }

  private String frameFacts(By button) {
    try {
      return (String)
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "var e = document.querySelector(arguments[0]);"
                      + "var root = document.scrollingElement || document.documentElement;"
                      + "return 'inner height ' + window.innerHeight + ', content '"
                      + " + root.scrollHeight + ', button '"
                      + " + (e ? JSON.stringify(e.getBoundingClientRect()) : 'none');",
                  button.toString().replace("By.id: ", "#"));
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  private void assertLauncherDoesNotScroll() {
    enterLauncher(browser);
    assertEquals(0L, ((Number) script("return Math.round(window.scrollY);")).longValue());
    enterSco();
  }

  private void enterSco() {
    enterLauncher(browser);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco-frame")));
    browser.find(By.cssSelector(".gs-nav"));
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser.driver()).executeScript(code);
  }

  private void screenshot(String name) {
    try {
      browser.driver().switchTo().defaultContent();
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(name + ".png"),
          ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
