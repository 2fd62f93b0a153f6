package dk.godstart.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator runs the organisation on its pages: creates an account (its invitation link is
 * handed back to pass on), sends a new one, closes an account, and moves units in the tree, where a
 * move that would make a cycle is refused.
 */
class AdministrationPagesIT {

  private Browser browser;

  @BeforeEach
  void signInAsAdministrator() {
    browser = Browser.open();
    browser.signIn("admin", "godstart");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anAdministratorCreatesAnAccountHandsOverItsLinkAndSendsANewOne() throws Exception {
    String username = "emil-" + System.nanoTime();
    browser.open("/admin/accounts.xhtml");

    browser.find(By.id("create:username")).sendKeys(username);
    browser.find(By.id("create:name")).sendKeys("Emil Ny");
    choose("create:unit", "Godstart Kommune › Jobcenter");
    browser.find(By.cssSelector("label[for='create:roles:0']")).click();
    browser.find(By.id("create:submit")).click();

    String link = browser.text(By.id("invitation-url"));
    assertTrue(link.contains("/invitation.xhtml?token="), link);
    assertTrue(browser.text(By.id("done-text")).contains(username));
    assertEquals("Jobcenter HIRE true", stored(username));

    browser.find(By.id("search:q")).sendKeys(username);
    browser.find(By.id("search:submit")).click();
    waitForText(By.id("accounts:table"), "Invitation venter til");

    browser.find(By.linkText("Emil Ny")).click();
    browser.find(By.id("invite:send")).click();
    waitForText(By.id("outcome"), "/invitation.xhtml?token=");
    String newLink = browser.text(By.id("invitation-url"));
    assertFalse(newLink.equals(link));

    browser.open(link.substring(link.indexOf("/invitation.xhtml")));
    assertEquals("Linket gælder ikke længere", browser.text(By.tagName("h1")));
    browser.open(newLink.substring(newLink.indexOf("/invitation.xhtml")));
    assertEquals("Vælg din adgangskode", browser.text(By.tagName("h1")));
  }

  @Test
  void anAdministratorClosesAnAccountAfterConfirming() throws Exception {
    String username = TestAccounts.copyOf("buddy2", "luk-" + System.nanoTime());
    browser.open("/admin/accounts.xhtml?q=" + username);

    // A copied account is called "Test <user name>".
    browser.find(By.cssSelector("button[aria-label='Luk brugeren Test " + username + "']")).click();
    browser.find(By.id("confirm:yes")).click();

    waitForText(By.id("done-text"), "Test " + username + " er lukket");
    assertTrue(stored(username).endsWith("false"), stored(username));
    waitForText(By.id("accounts:table"), "Lukket");
  }

  @Test
  void anAdministratorMovesAUnitAndCannotMoveOneUnderItsOwnUnits() throws Exception {
    String north = "Team Nord " + System.nanoTime();
    String south = "Team Syd " + System.nanoTime();
    browser.open("/admin/units.xhtml");
    createUnit(north, "Godstart Kommune › Børn og Unge");
    createUnit(south, "Godstart Kommune › Børn og Unge › " + north);

    edit(north);
    choose("edit:parent", "Godstart Kommune › Jobcenter");
    browser.find(By.id("edit:save")).click();
    waitForText(By.id("done-text"), "Enheden " + north + " er gemt");
    assertEquals("Jobcenter", parentOf(north));

    edit(north);
    choose("edit:parent", "Godstart Kommune › Jobcenter › " + north + " › " + south);
    browser.find(By.id("edit:save")).click();
    waitForText(By.id("messages"), "kan ikke flyttes ind under sig selv");
    assertEquals("Jobcenter", parentOf(north));
    assertEquals(north, parentOf(south));
  }

  private void createUnit(String name, String parent) {
    browser.find(By.id("create:name")).sendKeys(name);
    choose("create:parent", parent);
    browser.find(By.id("create:submit")).click();
    waitForText(By.id("done-text"), "Enheden " + name + " er oprettet");
  }

  private void edit(String unit) {
    browser.find(By.cssSelector("button[aria-label='Ret " + unit + "']")).click();
    waitForText(By.id("edit-region"), "Ret enheden " + unit);
  }

  private void waitForText(By where, String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
  }

  /** Picks a select menu's option by its label through the menu's own widget, as a user would. */
  private void choose(String menuId, String label) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const select = document.getElementById(arguments[0] + '_input');"
                + "const option = [...select.options].find(o => o.text === arguments[1]);"
                + "if (!option) throw new Error('no option ' + arguments[1]);"
                + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);",
            menuId,
            label);
  }

  /** "unit roles active" of the stored account. */
  private static String stored(String username) throws Exception {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT u.name, (SELECT GROUP_CONCAT(r.role) FROM account_role r WHERE"
                    + " r.account_id = a.id), a.active FROM account a LEFT JOIN org_unit u ON"
                    + " u.id = a.org_unit_id WHERE a.username = ?")) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), username);
        return row.getString(1) + " " + row.getString(2) + " " + row.getBoolean(3);
      }
    }
  }

  private static String parentOf(String unit) throws Exception {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT p.name FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.name"
                    + " = ?")) {
      query.setString(1, unit);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), unit);
        return row.getString(1);
      }
    }
  }
}
