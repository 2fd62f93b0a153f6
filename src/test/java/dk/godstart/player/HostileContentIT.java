package dk.godstart.player;

import static dk.godstart.player.PlayerFixtures.enrolmentOf;
import static dk.godstart.player.PlayerFixtures.newHire;
import static dk.godstart.player.PlayerFixtures.releaseTo;
import static dk.godstart.player.PlayerFixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A package whose script tries to read the viewer's account, read the player page and act on the
 * application as the viewer, opened by a hire, by the hire's mentor previewing and by a leader
 * previewing: it gets nothing and changes nothing.
 */
class HostileContentIT {

  private String hire;
  private long locked;
  private long hostile;
  private Browser browser;

  @BeforeEach
  void aHireHasAHostileModuleAndALockedOne() {
    hire = newHire();
    locked = upload(ScormPackageBuilder.scorm12().sco("a", "Låst"));
    String script =
        PlayerFixtures.read("/dk/godstart/player/hostile-sco.html")
            .replace("{{ENROLMENT}}", String.valueOf(enrolmentOf(hire)))
            .replace("{{MODULE}}", String.valueOf(locked));
    hostile =
        upload(
            ScormPackageBuilder.scorm12()
                .title("Fjendtlig")
                .sco("evil", "Fjendtlig")
                .file("evil.html", script));
    releaseTo(hire, hostile);
    PlayerFixtures.makePreviewable(hostile);
    // The check below sees a released module, and the locked one is not.
    assertTrue(isOpenForTheHire(hostile));
    assertFalse(isOpenForTheHire(locked));
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void openedByTheHire() {
    browser.signIn(hire, "godstart");
    runHostileModule("/player/play.xhtml?module=" + hostile);
  }

  @Test
  void previewedByTheHiresMentor() {
    browser.signIn("mentor", "godstart");
    runHostileModule("/player/play.xhtml?module=" + hostile + "&preview=true");
  }

  @Test
  void previewedByALeader() {
    browser.signIn("leder", "godstart");
    runHostileModule("/player/play.xhtml?module=" + hostile + "&preview=true");
  }

  private void runHostileModule(String playerPath) {
    browser.open(playerPath);
    enterScoFrame();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("done"), "done"));

    assertEquals("blocked", browser.text(By.id("me")), "the account was read");
    assertEquals("blocked", browser.text(By.id("dom")), "the player page was read");
    assertFalse(browser.text(By.id("release")).startsWith("answered:2"), "a release was answered");
    assertFalse(isOpenForTheHire(locked), "the locked module was released to the hire");
  }

  private void enterScoFrame() {
    browser.driver().switchTo().defaultContent();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("content-frame")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco-frame")));
  }

  private boolean isOpenForTheHire(long moduleId) {
    return Api.withToken(TestAccounts.tokenFor(hire))
        .get("/api/v1/me/modules")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(m -> m.getJsonNumber("moduleId").longValue() == moduleId);
  }
}
