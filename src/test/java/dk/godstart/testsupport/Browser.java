package dk.godstart.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, pointed at the shared {@link GodstartServer}. */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final GodstartServer server;

  private Browser(ChromeDriver driver, GodstartServer server) {
    this.driver = driver;
    this.server = server;
  }

  public static Browser open() {
    GodstartServer server = GodstartServer.shared();
    try {
      Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--window-size=1280,800",
          "--lang=da",
          "--user-data-dir=" + profile.toAbsolutePath());
      // The browser's console, for a test's message when a page's script failed.
      org.openqa.selenium.logging.LoggingPreferences logs =
          new org.openqa.selenium.logging.LoggingPreferences();
      logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriver driver = new ChromeDriver(options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, server);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(server.url(path));
  }

  /** Signs in through the real sign-in page. */
  public void signIn(String username, String password) {
    open("/signin.xhtml");
    submitSignIn(username, password);
  }

  public void submitSignIn(String username, String password) {
    WebElement user = find(By.id("signin:username"));
    user.clear();
    user.sendKeys(username);
    WebElement pass = find(By.id("signin:password"));
    pass.clear();
    pass.sendKeys(password);
    JavascriptExecutor page = (JavascriptExecutor) driver;
    page.executeScript("window.signInPosted = true;");
    find(By.id("signin:submit")).click();
    // The form posts a full page: wait for the next page, or a following open() could cancel the
    // post before its session cookie arrives and land on the sign-in page again.
    new WebDriverWait(driver, Duration.ofSeconds(45))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                (Boolean)
                    page.executeScript(
                        "return !window.signInPosted && document.readyState === 'complete';"));
  }

  /** Switches the pages to "da" or "en" with the header's language button, if not already. */
  public void chooseLanguage(String language) {
    List<WebElement> button = driver.findElements(By.id("language:" + language));
    if (!button.isEmpty()) {
      button.get(0).click();
      // The page is replaced while this waits: its old <html> goes stale on the way.
      new WebDriverWait(driver, Duration.ofSeconds(45))
          .ignoring(WebDriverException.class)
          .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }
  }

  /**
   * The page's text as a person sees it (cells apart by tabs, blocks by line breaks), leaving out
   * parts marked as another language than the page's ({@code lang="da"} on a Danish step
   * description in the English page): those are content written in that language, not the UI.
   */
  public String visibleText() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var page = document.documentElement.lang;"
                    + "var other = Array.prototype.filter.call("
                    + "  document.body.querySelectorAll('[lang]'),"
                    + "  function (e) { return e.lang !== page; });"
                    + "other.forEach(function (e) { e.dataset.display = e.style.display;"
                    + "  e.style.display = 'none'; });"
                    + "var text = document.body.innerText;"
                    + "other.forEach(function (e) { e.style.display = e.dataset.display; });"
                    + "return text;");
  }

  public WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(45))
        .withMessage(() -> "on " + driver.getCurrentUrl())
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitFor(By by) {
    find(by);
  }

  public String text(By by) {
    return find(by).getText();
  }

  /** What the pages' scripts wrote to the console so far (all frames). */
  public String console() {
    StringBuilder text = new StringBuilder();
    driver
        .manage()
        .logs()
        .get(org.openqa.selenium.logging.LogType.BROWSER)
        .forEach(
            entry ->
                text.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
    return text.toString();
  }

  public String path() {
    return driver.getCurrentUrl().substring(server.baseUrl().length());
  }

  @Override
  public void close() {
    driver.quit();
  }
}
