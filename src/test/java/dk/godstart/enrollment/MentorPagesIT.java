package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A mentor's pages speak about the hire and answer what the mentor did. */
class MentorPagesIT {

  private static final String OUTSIDE_THE_PROGRAMME = "Sygedagpenge: opfølgning til uge 8 og 22";

  @Test
  void theMentorSeesAHireWhoStartsNextMonthToPrepareTheStart() {
    String hire = TestAccounts.copyOf("nyansat", "upcoming-" + System.nanoTime());
    TestAccounts.enrol(hire, LocalDate.now().plusMonths(1));
    try (Browser browser = Browser.open()) {
      browser.signIn("mentor", "godstart");
      browser.find(By.linkText("Mine nyansatte")).click();

      String row =
          browser.find(By.xpath("//tr[.//a[normalize-space()='Test " + hire + "']]")).getText();
      assertTrue(row.contains("Kommende"), "an upcoming start is marked: " + row);
      browser.find(By.linkText("Test " + hire)).click();
      assertEquals("Test " + hire, browser.text(By.tagName("h1")));
    }
  }

  @Test
  void releasingAModuleSaysWhatHappenedBesideTheFormAndTheHiresPathSpeaksAboutTheHire() {
    String hire = TestAccounts.copyOf("nyansat", "released-" + System.nanoTime());
    long enrollment = TestAccounts.enrol(hire);
    try (Browser browser = Browser.open()) {
      browser.signIn("mentor", "godstart");
      browser.open("/enrollment/path.xhtml?id=" + enrollment);
      assertEquals("Hjælpere for Test " + hire, browser.text(By.id("helpers-heading")));
      String path = browser.text(By.id("timeline"));
      assertTrue(path.contains("når Test når trinnet"), "about the hire, not 'du': " + path);

      // The module is chosen in the menu's own form field: what this test checks is what the page
      // says after releasing (the menu widget's clicks were lost under a loaded machine).
      Object chosen =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript(
                  "const menu = document.getElementById('release:module_input');"
                      + "const option = [...menu.options].find(o => o.text === arguments[0]);"
                      + "menu.value = option.value;"
                      + "menu.dispatchEvent(new Event('change'));"
                      + "return menu.value;",
                  OUTSIDE_THE_PROGRAMME);
      assertTrue(chosen != null && !chosen.toString().isEmpty(), "the module is in the menu");
      browser.find(By.id("release:submit")).click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("release:releaseDone"), OUTSIDE_THE_PROGRAMME));
      assertEquals(
          "status",
          browser
              .driver()
              .findElement(By.id("release:releaseDone"))
              .findElement(By.xpath(".."))
              .getAttribute("role"));
      assertTrue(browser.text(By.id("timeline")).length() > 0);
      Accessibility.assertNoSeriousViolations(browser.driver());
    }
  }
}
