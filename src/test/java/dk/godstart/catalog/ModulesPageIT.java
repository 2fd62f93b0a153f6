package dk.godstart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Moduler pages in Chromium: list, upload, the package's tree, description, versions. */
class ModulesPageIT {

  private Browser browser;

  @BeforeEach
  void signInAsAuthor() {
    browser = Browser.open();
    browser.signIn("forfatter", "godstart");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private Path zip(ScormPackageBuilder builder, String name) throws Exception {
    Path file = Files.createTempFile(Path.of("target"), name, ".zip").toAbsolutePath();
    Files.write(file, builder.build());
    return file;
  }

  private void upload(String form, Path zip) {
    browser
        .driver()
        .findElement(By.cssSelector("#" + form + " input[type=file]"))
        .sendKeys(zip.toString());
  }

  @Test
  void theListShowsTheDemoModulesAndPassesTheWcagCheck() {
    browser.open("/catalog/modules.xhtml");

    assertTrue(
        browser.text(By.id("list:modules")).contains("Partshøring (Forvaltningsloven § 19)"));
    assertTrue(browser.text(By.id("list:modules")).contains("SCORM 2004 4th Edition"));
    Accessibility.assertNoSeriousViolations(browser.driver());
  }

  @Test
  void anUploadedPackageOpensOnItsPageWithItsTree() throws Exception {
    Path zip =
        zip(
            ScormPackageBuilder.scorm2004FourthEdition()
                .title("Aktindsigt i praksis")
                .sco("intro", "Hvad er aktindsigt")
                .sco("frister", "Frister og svar"),
            "upload");
    browser.open("/catalog/modules.xhtml");

    upload("upload", zip);

    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.urlContains("/catalog/module.xhtml?id="));
    assertEquals("Aktindsigt i praksis", browser.text(By.tagName("h1")));
    assertTrue(browser.text(By.id("messages")).contains("Version 1 af \"Aktindsigt i praksis\""));
    List<String> tree =
        browser.driver().findElements(By.cssSelector("#outline .node-title")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("Hvad er aktindsigt", "Frister og svar"), tree);
    assertTrue(browser.text(By.id("outline")).contains("intro.html"));
    Accessibility.assertNoSeriousViolations(browser.driver());
  }

  @Test
  void aBrokenPackageIsExplainedInDanishOnceBesideTheUploadAndNothingIsStored() throws Exception {
    Path zip = zip(ScormPackageBuilder.scorm12().sco("a", "A").withoutFile("a.html"), "broken");
    browser.open("/catalog/modules.xhtml");

    upload("upload", zip);

    String message =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#upload\\:problems .error")))
            .getText();
    assertTrue(message.contains("a.html"), message);
    String page = browser.text(By.id("main"));
    assertEquals(1, page.split("a\\.html", -1).length - 1, "said once: " + page);
    assertTrue(browser.driver().findElements(By.cssSelector("#messages .error")).isEmpty());
    assertTrue(browser.path().startsWith("/catalog/modules.xhtml"));
  }

  @Test
  void aDamagedZipIsExplainedInDanishWithTheReadersOwnWordsCollapsed() throws Exception {
    Path zip = Files.createTempFile(Path.of("target").toAbsolutePath(), "damaged", ".zip");
    Files.write(zip, "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.UTF_8));
    browser.open("/catalog/modules.xhtml");

    upload("upload", zip);

    WebElement problem =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#upload\\:problems .error")));
    assertTrue(problem.getText().contains("Zip-filen er ødelagt"), problem.getText());
    WebElement technical = problem.findElement(By.cssSelector("details.technical"));
    assertEquals(null, technical.getAttribute("open"), "the technical detail starts collapsed");
    assertEquals("Teknisk detalje", technical.findElement(By.tagName("summary")).getText());
  }

  @Test
  void theAuthorDescribesTheModuleAndUploadsANewVersion() throws Exception {
    browser.open("/catalog/modules.xhtml");
    upload(
        "upload", zip(ScormPackageBuilder.scorm12().title("Magtanvendelse").sco("a", "A"), "v1"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.urlContains("/catalog/module.xhtml?id="));

    browser.find(By.id("describe:text")).sendKeys("Til nye socialrådgivere i Børn og Unge.");
    browser.find(By.id("describe:save")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Beskrivelsen er gemt."));

    upload(
        "newVersion",
        zip(
            ScormPackageBuilder.scorm12().title("Magtanvendelse").sco("a", "A").sco("b", "B"),
            "v2"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Version 2"));
    assertEquals("2", browser.text(By.cssSelector("#facts dd:nth-of-type(2)")));
    assertEquals(
        2, browser.driver().findElements(By.cssSelector("#versions\\:table tbody tr")).size());
  }

  @Test
  void theSameFileTwiceIsSaidBesideTheUploadAndBecomesANewVersionOfTheModuleThatHasIt()
      throws Exception {
    Path zip = zip(ScormPackageBuilder.scorm12().title("Samme pakke igen").sco("a", "A"), "same");
    browser.open("/catalog/modules.xhtml");
    upload("upload", zip);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.urlContains("/catalog/module.xhtml?id="));
    String moduleUrl = browser.path();

    browser.open("/catalog/modules.xhtml");
    upload("upload", zip);

    WebElement offer =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("same:offer")));
    assertEquals("alert", offer.getAttribute("role"));
    assertTrue(offer.getText().contains("Den samme fil er allerede uploadet"), offer.getText());
    WebElement makeVersion = browser.find(By.id("same:makeVersion"));
    assertEquals("Gør til ny version af \"Samme pakke igen\"", makeVersion.getText());
    Accessibility.assertNoSeriousViolations(browser.driver());

    makeVersion.click();

    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.urlContains("/catalog/module.xhtml?id="));
    assertEquals(moduleUrl, browser.path());
    assertTrue(browser.text(By.id("messages")).contains("Version 2"));
    assertEquals(
        2, browser.driver().findElements(By.cssSelector("#versions\\:table tbody tr")).size());
  }

  @Test
  void aHireCannotOpenTheModulePages() {
    browser.close();
    browser = Browser.open();
    browser.signIn("nyansat", "godstart");
    browser.open("/catalog/modules.xhtml");

    assertEquals("Ingen adgang", browser.text(By.tagName("h1")));
  }
}
