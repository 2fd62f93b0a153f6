package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page in each demo account's navigation opens, as that account, without an error page and
 * without serious accessibility violations: a page that fails to render (a Faces expression that
 * does not parse) shows up here even before a test of its own exists.
 */
class DemoPagesIT {

  private static final Set<String> ERROR_HEADINGS =
      Set.of("Der skete en fejl", "Ingen adgang", "Siden findes ikke");

  @ParameterizedTest
  @ValueSource(strings = {"nyansat", "mentor", "buddy", "forfatter", "leder", "admin"})
  void everyPageInTheNavigationOpens(String account) {
    try (Browser browser = Browser.open()) {
      browser.signIn(account, "godstart");
      List<String> pages =
          browser.driver().findElements(By.cssSelector("nav.main-nav a")).stream()
              .map(link -> link.getAttribute("href"))
              .toList();
      assertFalse(pages.isEmpty(), "the navigation has pages");

      for (String page : pages) {
        browser.driver().get(page);
        WebElement heading = browser.find(By.tagName("h1"));
        assertFalse(ERROR_HEADINGS.contains(heading.getText()), page + ": " + heading.getText());
        assertTrue(
            browser.driver().findElements(By.id("main")).size() == 1, page + " has its content");
        Accessibility.assertNoSeriousViolations(browser.driver());
      }
    }
  }
}
