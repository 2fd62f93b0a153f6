package dk.godstart.enrollment;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.DemoCatalog;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Afslut modulet" leads back to where the person goes on from. */
class FinishingAModuleIT {

  private static final By EXIT = By.xpath("//button[normalize-space()='Afslut modulet']");

  @Test
  void aHireWhoFinishesAModuleLandsOnMinVej() {
    String hire = PlayerFixtures.newHire();
    try (Browser browser = Browser.open()) {
      browser.signIn(hire, "godstart");
      browser.open("/index.xhtml");
      browser.find(By.id("home-next")).click();
      browser.find(EXIT).click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/enrollment/my-path.xhtml"));
    }
  }

  @Test
  void anAuthorPreviewingGoesBackToTheModulesPage() {
    try (Browser browser = Browser.open()) {
      browser.signIn("forfatter", "godstart");
      // A module of the organisation's programmes: only those may be previewed.
      String id =
          String.valueOf(DemoCatalog.moduleId(DemoCatalog.moduleIdsByTitle(), "Notatpligt"));
      browser.open("/catalog/module.xhtml?id=" + id);
      // The module's page is where the author came from; the preview opens from there.
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript(
              "window.location.assign('/player/play.xhtml?preview=true&module=' + arguments[0]);",
              id);
      browser.find(EXIT).click();

      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/catalog/module.xhtml?id=" + id));
    }
  }
}
