package dk.godstart.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Programmer in Chromium: an author copies a template and gives a module a combined rule. */
class ProgrammesPageIT {

  private static final String ORIGINAL = "Introduktion i Børn og Unge";

  /**
   * Picks an option of a PrimeFaces select menu by its label, through the menu's own widget (which
   * the menu's mouse and keyboard handling call too), so that its change events fire as for a user.
   */
  private static void choose(Browser browser, String menuId, String label) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const select = document.getElementById(arguments[0] + '_input');"
                + "const option = [...select.options].find(o => o.text === arguments[1]);"
                + "if (!option) throw new Error('no option ' + arguments[1]);"
                + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
            menuId,
            label);
  }

  /** A programme's section on the page, by its heading. */
  private static By section(String heading) {
    return By.xpath("//section[h2[normalize-space()='" + heading + "']]");
  }

  private static void waitForMessage(Browser browser, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
  }

  @Test
  void anAuthorCopiesATemplateToAnotherUnitAndGivesAModuleACombinedRule() {
    String copy = "Kopi til Jobcenter " + System.nanoTime();
    try (Browser browser = Browser.open()) {
      browser.signIn("forfatter", "godstart");
      browser.find(By.linkText("Programmer")).click();
      Accessibility.assertNoSeriousViolations(browser.driver());

      choose(browser, "copy:from", ORIGINAL + " – Børn og Unge");
      choose(browser, "copy:unit", "Jobcenter");
      browser.find(By.id("copy:name")).sendKeys(copy);
      browser.find(By.id("copy:submit")).click();
      waitForMessage(browser, "Programmet er kopieret.");
      String copied = browser.text(By.id("programmes"));
      assertTrue(copied.contains(copy + " – Jobcenter"), copied);

      choose(browser, "module:programme", copy);
      choose(browser, "module:stepCode", "Screening");
      browser.find(By.cssSelector("[id='module:onDay'] .ui-chkbox-box")).click();
      // A day beside a step is a fallback: the form proposes "one is enough" by itself.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBe(
                  By.id("module:combination_label"), "Er det nok, at én er opfyldt"));
      browser.find(By.id("module:day_input")).sendKeys("30");
      browser.find(By.id("module:submit")).click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  section(copy + " – Jobcenter"),
                  "Et af: Når trinnet \"Screening\" er nået; På dag 30"));
      String original = browser.text(section(ORIGINAL + " – Børn og Unge"));
      assertTrue(
          !original.contains("Et af: Når trinnet \"Screening\" er nået; På dag 30"),
          "the original template is unchanged");
    }
  }

  @Test
  void editingARuleStartsFromTheCurrentRule() {
    try (Browser browser = Browser.open()) {
      browser.signIn("forfatter", "godstart");
      browser.open("/process/programmes.xhtml");
      WebElement row =
          browser
              .find(section(ORIGINAL + " – Børn og Unge"))
              .findElement(By.xpath(".//tr[td[contains(., 'Når trinnet')]]"));
      String title = row.findElement(By.xpath("./td[1]")).getText();
      Matcher step = Pattern.compile("Når trinnet \"([^\"]+)\"").matcher(row.getText());
      assertTrue(step.find(), row.getText());

      row.findElement(By.xpath(".//button[starts-with(@aria-label, 'Ret: " + title + " (')]"))
          .click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.textToBe(By.id("module:stepCode_label"), step.group(1)));
      assertEquals(ORIGINAL, browser.text(By.id("module:programme_label")));
      assertEquals(title, browser.text(By.id("module:moduleId_label")));
      assertTrue(
          browser.text(By.id("module:editing")).contains(title),
          "the form says what is being edited");
      assertEquals(
          "true",
          browser.driver().findElement(By.id("module:onStep_input")).getDomProperty("checked"),
          "the step condition is ticked");
      assertEquals(
          "module-heading",
          browser.driver().switchTo().activeElement().getAttribute("id"),
          "focus moves to the form");
    }
  }

  @Test
  void aTickedConditionWithoutItsValueIsExplainedBesideTheField() {
    try (Browser browser = Browser.open()) {
      browser.signIn("forfatter", "godstart");
      browser.open("/process/programmes.xhtml");

      browser.find(By.cssSelector("[id='module:onDay'] .ui-chkbox-box")).click();
      browser.find(By.id("module:submit")).click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("module:dayMessage"), "Feltet skal udfyldes."));
      assertTrue(
          browser.text(By.id("module:stepCodeMessage")).contains("Feltet skal udfyldes."),
          "the step, ticked by default and not chosen, is explained beside its menu");
      String describedBy = browser.find(By.id("module:day_input")).getAttribute("aria-describedby");
      assertTrue(
          browser.text(By.id(describedBy)).contains("Feltet skal udfyldes."),
          "the field is described by its message: " + describedBy);
      assertTrue(
          browser.driver().findElements(By.cssSelector("#messages .error")).isEmpty(),
          "the field's message is not at the top of the page");
      String beside = browser.text(By.id("module:dayMessage"));
      assertTrue(!beside.contains("day"), "no technical field name: " + beside);
    }
  }
}
