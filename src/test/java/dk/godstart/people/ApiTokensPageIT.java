package dk.godstart.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Browser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator manages API tokens on the page; the pages' own API calls need CSRF tokens. */
class ApiTokensPageIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAdministratorIssuesATokenSeesItOnceAndRevokesIt() {
    browser.signIn("admin", "godstart");
    browser.open("/admin/api-tokens.xhtml");

    browser.find(By.id("issue:name")).sendKeys("Sagssystem DUBU");
    browser.find(By.id("issue:account")).sendKeys("forfatter");
    browser.find(By.id("issue:submit")).click();

    String secret = browser.text(By.id("issued-secret"));
    assertTrue(secret.startsWith("gs_"), secret);
    assertEquals(200, Api.withToken(secret).get("/api/v1/me").status());

    browser.open("/admin/api-tokens.xhtml");
    assertTrue(browser.driver().findElements(By.id("issued-secret")).isEmpty());
    assertTrue(!browser.driver().getPageSource().contains(secret));

    browser
        .find(By.cssSelector("button[aria-label='Tilbagekald tokenet Sagssystem DUBU']"))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("button[aria-label='Tilbagekald tokenet Sagssystem DUBU']")));
    assertEquals(401, Api.withToken(secret).get("/api/v1/me").status());
  }

  @Test
  void issuingWithoutANameShowsTheProblemOnThePage() {
    browser.signIn("admin", "godstart");
    browser.open("/admin/api-tokens.xhtml");

    browser.find(By.id("issue:account")).sendKeys("forfatter");
    browser.find(By.id("issue:submit")).click();

    assertEquals("Input er ikke gyldigt.", browser.text(By.cssSelector("#messages .error")));
  }

  @Test
  void aHireCannotOpenTheTokenPage() {
    browser.signIn("nyansat", "godstart");
    browser.open("/admin/api-tokens.xhtml");

    assertEquals("Ingen adgang", browser.text(By.tagName("h1")));
    assertTrue(browser.driver().findElements(By.id("issue:name")).isEmpty());
  }

  @Test
  void aPageCallWithTheSessionCookieNeedsTheCsrfHeader() {
    browser.signIn("admin", "godstart");
    String call =
        "const done = arguments[arguments.length - 1];"
            + "const headers = {'Content-Type': 'application/json'};"
            + "if (arguments[0]) headers['X-CSRF-Token'] ="
            + " document.querySelector('meta[name=csrf-token]').content;"
            + "fetch('/api/v1/api-tokens', {method: 'POST', headers: headers,"
            + " body: JSON.stringify({name: 'Fra siden', account: 'leder'})})"
            + ".then(r => r.json().then(b => done({status: r.status, code: b.code || ''})));";
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();

    Map<?, ?> withoutHeader = (Map<?, ?>) js.executeAsyncScript(call, false);
    assertEquals(403L, withoutHeader.get("status"));
    assertEquals("csrf", withoutHeader.get("code"));

    Map<?, ?> withHeader = (Map<?, ?>) js.executeAsyncScript(call, true);
    assertEquals(201L, withHeader.get("status"));
  }
}
