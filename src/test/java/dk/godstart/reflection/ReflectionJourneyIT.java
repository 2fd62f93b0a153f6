package dk.godstart.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the real pages: the hire completes a module, writes a note, closes the tab mid-draft and finds
 * her text again, submits; the substitute mentor (Lars Holm) takes it, answers and marks it for the
 * status meeting; the hire sees the answer and who read it; the note is on the next meeting's
 * agenda; once the summary is saved, the path shows the module as reviewed. Every new page passes
 * the accessibility check on the way.
 */
class ReflectionJourneyIT {

  private static void waitUntil(WebDriver driver, By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .withMessage(
            () ->
                "'"
                    + text
                    + "' in "
                    + by
                    + " on "
                    + driver.getCurrentUrl()
                    + ":\n"
                    + driver.findElement(By.tagName("body")).getText())
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  @Test
  void fromCompletionThroughTheSubstituteMentorToAReviewedModule() {
    String hire = PlayerFixtures.newHire();
    long enrollment = ReflectionFixtures.enrollmentOf(hire);
    ReflectionFixtures.assign(enrollment, "mentor2", false, LocalDate.now(), null);
    long module =
        PlayerFixtures.uploadFor(
            hire,
            PlayerFixtures.withTestScos(
                ScormPackageBuilder.scorm2004FourthEdition().title("Refleksionstest"), "a"));
    long note;

    try (Browser sofie = Browser.open()) {
      WebDriver driver = sofie.driver();
      sofie.signIn(hire, "godstart");
      PlayerFixtures.openPlayer(sofie, module);
      sofie.find(By.id("complete")).click();
      PlayerFixtures.waitForResult(sofie, "completed:true:true");
      driver.switchTo().defaultContent();
      sofie.find(By.cssSelector("#reflection-invite a")).click();

      WebElement first = sofie.find(By.cssSelector("textarea.note-answer"));
      Accessibility.assertNoSeriousViolations(driver);
      first.sendKeys("Jeg lærte at lytte.");
      waitUntil(driver, By.id("draft-status"), "Kladden er gemt.");
      note =
          Long.parseLong(sofie.find(By.cssSelector("form[data-note]")).getAttribute("data-note"));
      sofie.find(By.cssSelector("textarea.note-answer")).sendKeys(" Og at spørge.");
      // Close the tab at once, before the delayed save: leaving the page must save the draft.
      String writing = driver.getWindowHandle();
      driver.switchTo().newWindow(WindowType.TAB);
      String fresh = driver.getWindowHandle();
      driver.switchTo().window(writing).close();
      driver.switchTo().window(fresh);

      sofie.open("/reflection/notes.xhtml");
      Accessibility.assertNoSeriousViolations(driver);
      sofie.find(By.cssSelector("tr[data-note='" + note + "'] a")).click();
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(
              d ->
                  d.findElement(By.cssSelector("textarea.note-answer"))
                      .getAttribute("value")
                      .equals("Jeg lærte at lytte. Og at spørge."));
      sofie.find(By.id("draft:submit")).click();
      waitUntil(driver, By.id("note-state"), "Afleveret");
      Accessibility.assertNoSeriousViolations(driver);
    }

    try (Browser lars = Browser.open()) {
      WebDriver driver = lars.driver();
      lars.signIn("mentor2", "godstart");
      lars.open("/reflection/queue.xhtml");
      Accessibility.assertNoSeriousViolations(driver);
      lars.find(By.cssSelector("tr[data-note='" + note + "'] a")).click();
      waitUntil(driver, By.id("answers"), "Jeg lærte at lytte. Og at spørge.");
      lars.find(By.id("mentor:take")).click();
      waitUntil(driver, By.cssSelector(".taken-by"), "Lars Holm");
      lars.find(By.id("comment:text")).sendKeys("Godt set. Tag det med på mødet.");
      lars.find(By.id("comment:send")).click();
      waitUntil(driver, By.id("thread"), "Godt set. Tag det med på mødet.");
      lars.find(By.id("mentor:discuss")).click();
      waitUntil(driver, By.id("note-state"), "Til statusmøde");
      Accessibility.assertNoSeriousViolations(driver);

      lars.open("/reflection/meetings.xhtml?enrollment=" + enrollment);
      waitUntil(driver, By.id("waiting"), "1 punkt venter");
      Accessibility.assertNoSeriousViolations(driver);
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].value = arguments[1];",
              lars.find(By.id("plan:startsAt")),
              LocalDate.now().plusDays(3) + "T10:00");
      lars.find(By.id("plan:place")).sendKeys("Mødelokale 3");
      lars.find(By.id("plan:planButton")).click();
      waitUntil(driver, By.id("agenda"), "Refleksionstest");
      Accessibility.assertNoSeriousViolations(driver);
    }

    try (Browser sofie = Browser.open()) {
      WebDriver driver = sofie.driver();
      sofie.signIn(hire, "godstart");
      sofie.open("/reflection/note.xhtml?id=" + note);
      waitUntil(driver, By.id("thread"), "Godt set. Tag det med på mødet.");
      waitUntil(driver, By.id("reads"), "Lars Holm");
      Accessibility.assertNoSeriousViolations(driver);
      sofie.open("/reflection/news.xhtml");
      waitUntil(driver, By.id("news-list"), "Lars Holm har svaret på din note.");
      Accessibility.assertNoSeriousViolations(driver);
      sofie.open("/enrollment/my-path.xhtml");
      sofie.find(By.id("meetings")).click();
      waitUntil(driver, By.id("agenda"), "Refleksionstest");
    }

    try (Browser lars = Browser.open()) {
      WebDriver driver = lars.driver();
      lars.signIn("mentor2", "godstart");
      lars.open("/reflection/meetings.xhtml?enrollment=" + enrollment);
      lars.find(By.id("sumup:summaryText")).sendKeys("Vi talte om at lytte og spørge.");
      lars.find(By.id("sumup:nextSteps")).sendKeys("Øv børnesamtalen.");
      lars.find(By.id("sumup:save")).click();
      waitUntil(driver, By.id("summary"), "Vi talte om at lytte og spørge.");
    }

    try (Browser sofie = Browser.open()) {
      sofie.signIn(hire, "godstart");
      sofie.open("/enrollment/my-path.xhtml");
      WebElement item = sofie.find(By.cssSelector("li[data-module='" + module + "']"));
      assertTrue(item.getAttribute("class").contains("state-reviewed"), item.getAttribute("class"));
      assertEquals("Gennemgået", item.findElement(By.cssSelector(".badge.state")).getText());
    }
  }
}
