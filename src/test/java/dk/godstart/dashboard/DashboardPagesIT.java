package dk.godstart.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dashboard pages in Chromium, on the known organisation of {@link DashboardFixture}. */
class DashboardPagesIT {

  private static DashboardFixture f;

  @BeforeAll
  static void arrange() {
    f = DashboardFixture.get();
  }

  @Test
  void theOverviewRendersItsFiguresChartAndTablesAndPassesTheAccessibilityCheck() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder-test", "godstart");
      browser.find(By.linkText("Overblik")).click();
      browser.waitFor(By.id("figures"));

      assertEquals("2", browser.text(By.id("active")));
      assertEquals("3", browser.text(By.id("completed")));
      assertEquals("66,7 %", browser.text(By.id("due-rate")));
      assertEquals("1", browser.text(By.id("notes-waiting")));
      assertTrue(browser.text(By.id("stalled")).contains("Test Anna"));
      assertTrue(browser.text(By.id("overdue")).contains("Test Bent"));
      browser.waitFor(By.cssSelector("#chart canvas"));
      assertFalse(browser.driver().findElements(By.cssSelector("#months tbody tr")).isEmpty());
      Accessibility.assertNoSeriousViolations(browser.driver());
    }
  }

  @Test
  void theCsvDownloadIsUtf8WithBomSemicolonsAndDanishColumnNames() throws Exception {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder-test", "godstart");
      browser.open("/dashboard/overview.xhtml");
      String href = browser.find(By.id("csv")).getAttribute("href");
      String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", "JSESSIONID=" + session)
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());

      assertEquals(200, response.statusCode());
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
      byte[] body = response.body();
      assertEquals("[-17, -69, -65]", Arrays.toString(Arrays.copyOf(body, 3)), "UTF-8 BOM");
      List<String> lines =
          new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
      assertEquals("Nøgletal;Værdi", lines.get(0));
      assertEquals("Aktive nyansatte;2", lines.get(1));
      assertEquals("Moduler gennemført i perioden;3", lines.get(2));
      assertEquals("Gennemført af forfaldne obligatoriske moduler (%);66,7", lines.get(3));
    }
  }

  @Test
  void theDrillDownShowsStatesAndDatesButNoScoresAnswersOrNoteText() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder-test", "godstart");
      browser.open("/dashboard/hires.xhtml");
      browser.find(By.linkText("Test Anna")).click();
      browser.waitFor(By.id("modules"));

      List<String> headers =
          browser.driver().findElements(By.cssSelector("#modules thead th")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(
          List.of("Modul", "Fase", "Tilstand", "Åbnet", "Frist", "Gennemført", "Seneste aktivitet"),
          headers);
      String page = browser.driver().getPageSource();
      assertTrue(browser.text(By.id("modules")).contains("Gennemført"));
      assertFalse(page.contains(DashboardFixture.SECRET), "note text");
      assertFalse(page.contains("80,0") || page.contains("0,8") || page.contains("0.8"), "a score");
      Accessibility.assertNoSeriousViolations(browser.driver());
    }
  }

  @Test
  void aLeaderOfAnotherUnitSeesNoneOfTheseHiresOnThePages() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder-tom", "godstart");
      browser.open("/dashboard/hires.xhtml");
      browser.waitFor(By.id("list:hires"));
      assertFalse(browser.text(By.id("main")).contains("Test Anna"));
      browser.open("/dashboard/hire.xhtml?id=" + f.anna);
      assertFalse(browser.driver().getPageSource().contains("Test Anna"));
      browser.open("/dashboard/overview.xhtml?unit=" + f.unit);
      assertFalse(browser.driver().getPageSource().contains("Test Anna"));
    }
  }

  @Test
  void everyDashboardPageOpensAndPassesTheAccessibilityCheck() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder-test", "godstart");
      java.util.Map<String, String> shows =
          java.util.Map.of(
              "hires", "Test Bent",
              "modules", "33,3 %",
              "mentors", "Test Mentor 2",
              "competences", "Test Dorte",
              "retention", "50,0 %");
      for (var page : shows.entrySet()) {
        browser.open("/dashboard/" + page.getKey() + ".xhtml");
        browser.waitFor(By.cssSelector(".dashboard-tabs"));
        assertTrue(
            browser.text(By.id("main")).contains(page.getValue()),
            page.getKey() + " shows " + page.getValue());
        Accessibility.assertNoSeriousViolations(browser.driver());
      }
      browser.open("/dashboard/mentors.xhtml");
      browser.waitFor(By.cssSelector("#chart canvas"));
      assertTrue(browser.text(By.id("mentors")).contains("Test Mentor"));
    }
  }

  @Test
  void authorsFindTheModuleFiguresInTheirMenu() {
    try (Browser browser = Browser.open()) {
      browser.signIn("forfatter", "godstart");
      browser.find(By.linkText("Modultal")).click();
      browser.waitFor(By.id("modules"));
      assertEquals(1, browser.driver().findElements(By.cssSelector(".dashboard-tabs li")).size());
      assertFalse(browser.text(By.id("main")).contains("Test Anna"));
    }
  }
}
