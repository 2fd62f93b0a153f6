package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Min vej in Chromium: a locked module with its reason, the mentor marks the step, it opens. */
class PathPageIT {

  private static final String INVESTIGATION = "Børnefaglig undersøgelse (Barnets Lov §§ 20-23)";

  private static WebElement module(Browser browser, String title) {
    return browser.driver().findElements(By.cssSelector(".path-module")).stream()
        .filter(m -> m.findElement(By.cssSelector(".module-title")).getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module " + title + " on the path"));
  }

  @Test
  void theMentorMarksAStepReachedAndTheHireCanStartTheModuleThatWaitedForIt() {
    String hire = PlayerFixtures.newHire();
    try (Browser hireBrowser = Browser.open();
        Browser mentorBrowser = Browser.open()) {
      hireBrowser.signIn(hire, "godstart");
      hireBrowser.find(By.linkText("Min vej")).click();
      WebElement locked = module(hireBrowser, INVESTIGATION);
      assertEquals("Låst", locked.findElement(By.cssSelector(".state")).getText());
      assertEquals(
          "Åbner når du når trinnet \"Børnefaglig undersøgelse\".",
          locked.findElement(By.cssSelector(".waiting")).getText());
      Accessibility.assertNoSeriousViolations(hireBrowser.driver());

      mentorBrowser.signIn("mentor", "godstart");
      mentorBrowser.find(By.linkText("Mine nyansatte")).click();
      mentorBrowser.find(By.linkText("Test " + hire)).click();
      WebElement step =
          mentorBrowser.find(By.cssSelector(".step[data-step='boernefaglig-undersoegelse']"));
      step.findElement(By.cssSelector("button.mark-reached")).click();
      new WebDriverWait(mentorBrowser.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".step[data-step='boernefaglig-undersoegelse']"), "nået"));

      hireBrowser.open("/enrollment/my-path.xhtml");
      WebElement opened = module(hireBrowser, INVESTIGATION);
      assertEquals("Åben", opened.findElement(By.cssSelector(".state")).getText());
      assertTrue(opened.getText().contains("Ny"), "newly unlocked modules are marked");
      String news = hireBrowser.text(By.id("news"));
      assertTrue(news.contains(INVESTIGATION), "the news list names what opened: " + news);
      assertTrue(
          opened
              .findElement(By.cssSelector(".reason"))
              .getText()
              .contains("Børnefaglig undersøgelse"));
      opened.findElement(By.cssSelector(".open-module")).click();
      new WebDriverWait(hireBrowser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("content-frame")));
      new WebDriverWait(hireBrowser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco-frame")));
      assertTrue(hireBrowser.driver().getCurrentUrl().contains("/player/play.xhtml?module="));
    }
  }

  @Test
  void theHireSeesTheirMentorsAndThisWeeksBuddy() {
    try (Browser browser = Browser.open()) {
      browser.signIn("nyansat", "godstart");
      browser.open("/enrollment/my-path.xhtml");

      String helpers = browser.text(By.id("helpers"));
      assertTrue(helpers.contains("Mette Kristensen"), helpers);
      assertTrue(helpers.contains("Lars Holm"), helpers);
      assertTrue(browser.text(By.id("buddy-this-week")).startsWith("Ugens buddy:"));
      List<String> news =
          browser.driver().findElements(By.cssSelector("#news strong")).stream()
              .map(WebElement::getText)
              .toList();
      assertFalse(
          news.contains("Notatpligt (Offentlighedsloven § 13)"),
          "a module already completed is not news: " + news);
    }
  }

  @Test
  void theLeaderHandsTheHireToAnotherMentorAndTheFormerOneLosesAccess() {
    String hire = TestAccounts.copyOf("nyansat", "handover-" + System.nanoTime());
    long enrollment = TestAccounts.enrol(hire);
    String path = "/enrollment/path.xhtml?id=" + enrollment;
    try (Browser leader = Browser.open();
        Browser former = Browser.open()) {
      leader.signIn("leder", "godstart");
      leader.open(path);
      assertTrue(leader.text(By.id("helpers")).contains("Mette Kristensen"));

      leader.find(By.id("helpersForm:primary")).sendKeys("mentor2");
      leader.find(By.id("helpersForm:mentors")).click();
      new WebDriverWait(leader.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("helpers"), "Lars Holm"));
      assertFalse(leader.text(By.id("helpers")).contains("Mette Kristensen"));
      Accessibility.assertNoSeriousViolations(leader.driver());

      former.signIn("mentor", "godstart");
      former.open(path);
      assertEquals("Ingen adgang", former.text(By.tagName("h1")));
    }
  }

  @Test
  void aBuddySeesTheirRotaWithTheHiresNameAndStartDateOnly() {
    try (Browser browser = Browser.open()) {
      browser.signIn("buddy", "godstart");
      browser.find(By.linkText("Buddy")).click();

      String rota = browser.text(By.id("weeks"));
      assertTrue(rota.contains("Sofie Andersen"), rota);
      browser.open("/enrollment/path.xhtml?id=1");
      assertEquals("Ingen adgang", browser.text(By.tagName("h1")));
    }
  }
}
