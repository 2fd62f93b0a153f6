package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Forløb in Chromium: a leader enrols a hire, choosing people with search-as-you-type pickers,
 * creating an account only when asked to, and typing the start date the Danish way.
 */
class EnrollmentsPageIT {

  private static final String METTE = "Mette Kristensen (Børn og Unge)";

  private static WebDriverWait waiting(Browser browser) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
  }

  /** Types into a picker and chooses the suggestion with this label by clicking it. */
  private static void pick(Browser browser, String field, String typed, String label) {
    browser.find(By.id(field + "_input")).sendKeys(typed);
    browser.find(suggestion(field, label)).click();
  }

  /** Types into a picker and takes the first suggestion with Enter, once it is this one. */
  private static void pickByKeyboard(Browser browser, String field, String typed, String label) {
    WebElement input = browser.find(By.id(field + "_input"));
    input.sendKeys(typed);
    browser.find(suggestion(field, label));
    input.sendKeys(Keys.ENTER);
  }

  private static By suggestion(String field, String label) {
    return By.xpath("//*[@id='" + field + "_panel']//li[@data-item-label=\"" + label + "\"]");
  }

  private static String danish(LocalDate date) {
    return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }

  private static void submit(Browser browser) {
    browser.find(By.id("enrol:submit")).click();
  }

  private static void waitForEnrolled(Browser browser) {
    waiting(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Den nyansatte er tilmeldt."));
  }

  private static int accountsNamed(String name) throws SQLException {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM account WHERE display_name = ? OR username = ?")) {
      query.setString(1, name);
      query.setString(2, name);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static String emailOf(String username) throws SQLException {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement("SELECT email FROM account WHERE username = ?")) {
      query.setString(1, username);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  @Test
  void aLeaderEnrolsAnEmployeeChoosingEveryoneWithThePickers() {
    String hire = TestAccounts.copyOf("buddy", "kendt-" + System.nanoTime());
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.find(By.linkText("Forløb")).click();
      Accessibility.assertNoSeriousViolations(browser.driver());

      pick(browser, "enrol:hire", hire, "Test " + hire + " (Børn og Unge)");
      browser.find(By.id("enrol:startDate_input")).sendKeys(danish(LocalDate.now()));
      pickByKeyboard(browser, "enrol:primaryMentor", "mette kr", METTE);
      pick(browser, "enrol:substituteMentors", "Lars", "Lars Holm (Børn og Unge)");
      browser.find(By.xpath("//*[@id='enrol:substituteList']//li[contains(., 'Lars Holm')]"));
      pick(browser, "enrol:buddies", "Anders", "Anders Møller (Børn og Unge)");
      browser.find(By.xpath("//*[@id='enrol:buddyList']//li[contains(., 'Anders Møller')]"));
      pick(browser, "enrol:buddies", "børn jonas", "Jonas Berg (Børn og Unge)");
      browser.find(By.xpath("//*[@id='enrol:buddyList']//li[contains(., 'Jonas Berg')]"));
      List<String> rota =
          browser.driver().findElements(By.xpath("//*[@id='enrol:buddyList']//li")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(2, rota.size(), rota.toString());
      assertTrue(rota.get(0).startsWith("Anders Møller (Børn og Unge)"), "in the order chosen");
      assertTrue(rota.get(1).startsWith("Jonas Berg (Børn og Unge)"), "in the order chosen");
      submit(browser);
      waitForEnrolled(browser);

      browser.find(By.linkText("Test " + hire)).click();
      String helpers = browser.text(By.id("helpers"));
      assertTrue(helpers.contains("Mette Kristensen"), helpers);
      assertTrue(helpers.contains("Lars Holm"), helpers);
      assertTrue(browser.text(By.id("buddy-this-week")).startsWith("Ugens buddy:"));
    }
  }

  @Test
  void theCalendarStartsOnMondayAndShowsWeekNumbers() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.open("/enrollment/enrollments.xhtml");

      browser.find(By.cssSelector("[id='enrol:startDate'] button.ui-datepicker-trigger")).click();

      WebElement calendar = browser.find(By.cssSelector(".ui-datepicker-calendar"));
      assertEquals(
          "Mandag",
          calendar.findElement(By.cssSelector("thead th span[title]")).getAttribute("title"));
      assertFalse(
          calendar.findElements(By.cssSelector(".ui-datepicker-weeknumber")).isEmpty(),
          "week numbers are shown");
    }
  }

  @Test
  void anUnknownNameIsAnErrorBesideTheFieldAndANewAccountIsAnExplicitChoice() throws Exception {
    String typo = "Jonas Brg";
    String username = "ny-" + System.nanoTime();
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.open("/enrollment/enrollments.xhtml");

      browser.find(By.id("enrol:hire_input")).sendKeys(typo);
      browser.find(By.id("enrol:startDate_input")).sendKeys(LocalDate.now().toString());
      pick(browser, "enrol:primaryMentor", "Mette", METTE);
      submit(browser);

      waiting(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("enrol:hireMessage"), "Ingen medarbejder hedder \"Jonas Brg\"."));
      assertTrue(
          browser.driver().findElements(By.cssSelector("#messages .error")).isEmpty(),
          "the field's message is not at the top of the page");
      assertEquals(0, accountsNamed(typo), "a typo creates no account");

      browser.find(By.cssSelector("[id='enrol:newHire'] .ui-chkbox-box")).click();
      browser.find(By.id("enrol:newName")).sendKeys("Jonas Brg " + username);
      browser.find(By.id("enrol:newUsername")).sendKeys("mentor");
      submit(browser);
      waiting(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("enrol:newUsernameMessage"), "Brugernavnet mentor findes allerede."));

      WebElement name = browser.find(By.id("enrol:newUsername"));
      name.clear();
      name.sendKeys(username);
      browser.find(By.id("enrol:email")).sendKeys(username + "@example.dk");
      submit(browser);
      waitForEnrolled(browser);
      assertTrue(
          browser.text(By.id("messages")).contains("har fået en invitation på e-mail"),
          "the leader is told the invitation went by e-mail: " + browser.text(By.id("messages")));
      browser.find(By.linkText("Jonas Brg " + username));
      assertEquals(1, accountsNamed(username));
      assertEquals(username + "@example.dk", emailOf(username));
    }
  }

  @Test
  void aDateThatIsNotADateIsExplainedInDanishBesideTheField() {
    try (Browser browser = Browser.open()) {
      browser.signIn("leder", "godstart");
      browser.open("/enrollment/enrollments.xhtml");

      pick(browser, "enrol:hire", "Sofie", "Sofie Andersen (Børn og Unge)");
      pick(browser, "enrol:primaryMentor", "Mette", METTE);
      browser.find(By.id("enrol:startDate_input")).sendKeys("32-13-2026");
      submit(browser);

      String beside =
          browser.text(
              By.xpath(
                  "//div[contains(@class,'field')][.//*[@id='enrol:startDate']]"
                      + "//*[contains(@class,'ui-message-error')]"));
      assertTrue(beside.contains("»32-13-2026« er ikke en dato."), beside);
      assertFalse(beside.contains("j_idt"), beside);
      assertTrue(
          browser.driver().findElements(By.cssSelector("#messages .error")).isEmpty(),
          "a field's message is not repeated at the top of the page");
    }
  }
}
