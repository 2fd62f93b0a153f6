package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Forløb in Chromium: a leader enrols a new hire, creating the account, with mentor and buddies.
 */
class EnrollmentsPageIT {

  private static void fill(
      Browser browser, String hire, String name, String mentor, String startDate) {
    browser.find(By.id("enrol:hire")).sendKeys(hire);
    browser.find(By.id("enrol:hireName")).sendKeys(name);
    browser.find(By.id("enrol:primary")).sendKeys(mentor);
    browser.find(By.id("enrol:buddies")).sendKeys("buddy, buddy2");
    browser.find(By.id("enrol:start_input")).sendKeys(startDate);
    browser.find(By.id("enrol:submit")).click();
  }

  @Test
  void aLeaderEnrolsANewHireAndFindsTheirPathWithMentorAndBuddy() {
    String hire = "ny-" + System.nanoTime();
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.find(By.linkText("Forløb")).click();
      Accessibility.assertNoSeriousViolations(browser.driver());
      assertEquals("colleagues", browser.find(By.id("enrol:primary")).getAttribute("list"));
      assertEquals(
          "Mette Kristensen",
          browser
              .driver()
              .findElement(By.cssSelector("#colleagues option[value='mentor']"))
              .getAttribute("textContent"));

      fill(browser, hire, "Emma Sørensen " + hire, "mentor", LocalDate.now().toString());
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "Den nyansatte er tilmeldt."));

      browser.find(By.linkText("Emma Sørensen " + hire)).click();
      String helpers = browser.text(By.id("helpers"));
      assertTrue(helpers.contains("Mette Kristensen"), helpers);
      assertTrue(browser.text(By.id("buddy-this-week")).startsWith("Ugens buddy:"));
    }
  }

  @Test
  void anUnknownMentorIsNamedTheFormKeepsWhatWasTypedAndTheCorrectionEnrols() {
    String hire = "ny-" + System.nanoTime();
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.open("/enrollment/enrollments.xhtml");

      fill(browser, hire, "Jonas Berg " + hire, "ingen-saadan-mentor", LocalDate.now().toString());

      browser.waitFor(By.cssSelector("#messages .error"));
      String messages = browser.text(By.id("messages"));
      assertTrue(messages.contains("Mentor: Brugeren ingen-saadan-mentor findes ikke."), messages);
      assertEquals(hire, browser.find(By.id("enrol:hire")).getAttribute("value"));
      assertTrue(
          browser.driver().findElements(By.linkText("Jonas Berg " + hire)).isEmpty(),
          "nothing is enrolled when a mentor is unknown");

      WebElement mentor = browser.find(By.id("enrol:primary"));
      mentor.clear();
      mentor.sendKeys("mentor");
      browser.find(By.id("enrol:submit")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Jonas Berg " + hire)));
    }
  }

  @Test
  void aDateThatIsNotADateIsExplainedInDanishBesideTheField() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.open("/enrollment/enrollments.xhtml");

      fill(browser, "ny-" + System.nanoTime(), "Ida Holm", "mentor", "32-13-2026");

      String beside =
          browser.text(
              By.xpath(
                  "//div[contains(@class,'field')][.//*[@id='enrol:start']]"
                      + "//*[contains(@class,'ui-message-error')]"));
      assertTrue(beside.contains("»32-13-2026« er ikke en dato."), beside);
      assertFalse(beside.contains("j_idt"), beside);
      assertTrue(
          browser.driver().findElements(By.cssSelector("#messages .error")).isEmpty(),
          "a field's message is not repeated at the top of the page");
    }
  }
}
