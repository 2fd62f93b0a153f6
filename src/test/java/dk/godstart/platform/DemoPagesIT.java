package dk.godstart.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.AccessibleNames;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.PageText;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of each demo account (the navigation's pages and the pages they link to), in Danish
 * and in English, opens as that account without an error page, without serious accessibility
 * violations or undecided colour contrasts, and without text a person should never read: {@code
 * null}, component ids, missing texts, empty date slots, or the other language's texts ({@link
 * PageText}), and with every link and button named for a screen reader ({@link AccessibleNames}). A
 * page that fails to render shows up here even before a test of its own exists. All problems of an
 * account are collected and reported together.
 */
class DemoPagesIT {

  private static final Set<String> ERROR_HEADINGS =
      Set.of(
          "Der skete en fejl",
          "Ingen adgang",
          "Siden findes ikke",
          "Something went wrong",
          "Access denied",
          "Page not found");

  /** The player is a page of its own kind (a SCO in a frame), tested by the player's tests. */
  private static final Set<String> NOT_WALKED = Set.of("/player/play.xhtml", "/signin.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"nyansat", "mentor", "buddy", "forfatter", "leder", "admin"})
  void everyPageOfTheAccountWorksInBothLanguages(String account) {
    try (Browser browser = Browser.open()) {
      browser.signIn(account, "godstart");
      List<String> problems = new ArrayList<>();
      for (String language : List.of("da", "en")) {
        browser.chooseLanguage(language);
        Map<String, String> pages = pagesOf(browser);
        assertFalse(pages.isEmpty(), "the navigation has pages");
        for (String page : pages.values()) {
          browser.driver().get(page);
          WebElement heading = browser.find(By.tagName("h1"));
          String where = language + " " + page.replaceFirst("^https?://[^/]+", "") + ": ";
          if (ERROR_HEADINGS.contains(heading.getText())) {
            problems.add(where + "an error page: " + heading.getText());
            continue;
          }
          if (browser.driver().findElements(By.id("main")).size() != 1) {
            problems.add(where + "no content");
          }
          PageText.problems(browser.visibleText(), language).forEach(p -> problems.add(where + p));
          Accessibility.seriousViolations(browser.driver()).forEach(p -> problems.add(where + p));
          AccessibleNames.problems(browser.driver()).forEach(p -> problems.add(where + p));
        }
      }
      assertTrue(problems.isEmpty(), account + ":\n" + String.join("\n", problems));
    }
  }

  /**
   * The navigation's pages, then the pages linked from their content, one address per page (the
   * first link to it): a hire's path, a module's page.
   */
  private static Map<String, String> pagesOf(Browser browser) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String nav : links(browser, "nav.main-nav a")) {
      pages.putIfAbsent(viewOf(nav), nav);
    }
    for (String nav : List.copyOf(pages.values())) {
      browser.driver().get(nav);
      for (String link : links(browser, "#main a[href]")) {
        String view = viewOf(link);
        if (view.endsWith(".xhtml") && !NOT_WALKED.contains(view)) {
          pages.putIfAbsent(view, link);
        }
      }
    }
    return pages;
  }

  private static List<String> links(Browser browser, String css) {
    String origin = URI.create(browser.driver().getCurrentUrl()).resolve("/").toString();
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .map(link -> link.getAttribute("href"))
        .filter(href -> href != null && href.startsWith(origin))
        .toList();
  }

  private static String viewOf(String url) {
    return URI.create(url).getPath();
  }
}
