package dk.godstart.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new hire enrolled by a leader gets an invitation by mail (through a real SMTP server,
 * GreenMail), chooses a password through its link and signs in with it; a used, expired or unknown
 * link is refused with a page that says why; "Glemt adgangskode" answers the same for everyone.
 */
class InvitationIT {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+(/invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
  private static final String PASSWORD = "min nye lange adgangskode";

  private GreenMail smtp;
  private Browser browser;

  @BeforeEach
  void start() {
    GodstartServer.shared();
    smtp = new GreenMail(new ServerSetup(GodstartServer.MAIL_PORT, "127.0.0.1", "smtp"));
    smtp.start();
    browser = Browser.open();
  }

  @AfterEach
  void stop() {
    browser.close();
    smtp.stop();
  }

  @Test
  void aNewHireEnrolledByALeaderGetsAMailChoosesAPasswordAndSignsIn() throws Exception {
    String hire = "nina-" + System.nanoTime();
    String email = hire + "@example.dk";

    JsonObject created = enrol(hire, email);

    JsonObject invitation = created.getJsonObject("invitation");
    assertTrue(invitation.getBoolean("mailed"), created.toString());
    assertTrue(
        !invitation.containsKey("url") || invitation.isNull("url"), "a mailed link is not shown");
    String path = linkIn(mailTo(email));

    browser.open(path);
    assertEquals("Vælg din adgangskode", browser.text(By.tagName("h1")));
    assertTrue(
        browser.visibleText().contains(hire), "the page names the user name to sign in with");
    choose("kort", "kort");
    assertTrue(
        browser.text(By.id("messages")).contains("mindst 10 tegn"),
        browser.text(By.id("messages")));
    choose(PASSWORD, PASSWORD + " men anderledes");
    assertTrue(browser.text(By.id("messages")).contains("ikke ens"));
    choose(PASSWORD, PASSWORD);
    assertEquals("Adgangskoden er gemt", browser.text(By.tagName("h1")));

    browser.open(path);
    assertEquals("Linket er allerede brugt", browser.text(By.tagName("h1")));
    assertTrue(browser.driver().findElements(By.id("choose:password")).isEmpty());

    browser.signIn(hire, PASSWORD);
    assertEquals("Nina Nyhed", browser.text(By.id("current-user")));
    assertEquals("/index.xhtml", browser.path());
  }

  @Test
  void aLinkThatWasNotMailedIsHandedBackAndAnExpiredOneIsRefusedWithAClearPage() throws Exception {
    String hire = "uden-mail-" + System.nanoTime();

    JsonObject created = enrol(hire, null);

    JsonObject invitation = created.getJsonObject("invitation");
    assertFalse(invitation.getBoolean("mailed"));
    Matcher link = LINK.matcher(invitation.getString("url"));
    assertTrue(link.matches(), invitation.toString());
    expireInvitationsOf(hire);

    browser.open(link.group(1));
    assertEquals("Linket er udløbet", browser.text(By.tagName("h1")));
    assertTrue(browser.visibleText().contains("Bed om et nyt link"), browser.visibleText());
    assertTrue(browser.driver().findElements(By.id("choose:password")).isEmpty());

    browser.chooseLanguage("en");
    assertEquals("The link has expired", browser.text(By.tagName("h1")));
  }

  @Test
  void anUnknownLinkIsRefusedWithAClearPage() {
    browser.open("/invitation.xhtml?token=" + "A".repeat(43));
    assertEquals("Linket virker ikke", browser.text(By.tagName("h1")));

    browser.open("/invitation.xhtml?token=<script>");
    assertEquals("Linket virker ikke", browser.text(By.tagName("h1")));
  }

  @Test
  void forgottenPasswordAnswersTheSameForAKnownAndAnUnknownNameAndMailsOnlyTheKnown()
      throws Exception {
    String known = "glemsom-" + System.nanoTime();
    String email = known + "@example.dk";
    enrol(known, email);
    mailTo(email); // the invitation
    smtp.purgeEmailFromAllMailboxes();

    String forKnown = askForANewPassword(known);
    String forUnknown = askForANewPassword("findes-ikke-" + System.nanoTime());

    assertEquals(forKnown, forUnknown);
    assertTrue(forKnown.contains("Hører navnet eller adressen til en bruger"), forKnown);
    MimeMessage reset = mailTo(email);
    assertTrue(reset.getSubject().contains("ny adgangskode"), reset.getSubject());
    assertEquals(1, smtp.getReceivedMessages().length, "no mail for the unknown name");

    browser.open(linkIn(reset));
    choose(PASSWORD, PASSWORD);
    assertEquals("Adgangskoden er gemt", browser.text(By.tagName("h1")));
    browser.signIn(known, PASSWORD);
    assertEquals("/index.xhtml", browser.path());
  }

  private String askForANewPassword(String who) {
    browser.open("/forgot-password.xhtml");
    browser.find(By.id("forgot:who")).sendKeys(who);
    browser.find(By.id("forgot:submit")).click();
    return browser.text(By.id("messages"));
  }

  private void choose(String password, String repeated) {
    browser.find(By.id("choose:password")).sendKeys(password);
    browser.find(By.id("choose:repeated")).sendKeys(repeated);
    browser.find(By.id("choose:submit")).click();
    browser.waitFor(By.tagName("h1"));
  }

  private static JsonObject enrol(String hire, String email) {
    Api leader = Api.withToken(TestAccounts.tokenFor("leder"));
    long programme = TestAccounts.demoProgramme(leader);
    Api.Reply reply =
        leader.post(
            "/api/v1/enrollments",
            "{\"employee\": \""
                + hire
                + "\", \"name\": \"Nina Nyhed\""
                + (email == null ? "" : ", \"email\": \"" + email + "\"")
                + ", \"startDate\": \""
                + LocalDate.now().plusDays(14)
                + "\", \"programmeId\": "
                + programme
                + ", \"primaryMentor\": \"mentor\"}");
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private MimeMessage mailTo(String address) throws Exception {
    for (int i = 0; i < 60; i++) {
      List<MimeMessage> found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipients(m).contains(address))
              .toList();
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no mail to " + address);
  }

  private static String linkIn(MimeMessage mail) throws Exception {
    String body = String.valueOf(mail.getContent());
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    return link.group(1);
  }

  private static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void expireInvitationsOf(String username) throws Exception {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement expire =
            db.prepareStatement(
                "UPDATE invitation SET expires_at = created_at - INTERVAL 1 SECOND WHERE account_id"
                    + " = (SELECT id FROM account WHERE username = ?)")) {
      expire.setString(1, username);
      assertEquals(1, expire.executeUpdate());
    }
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement check =
            db.prepareStatement(
                "SELECT COUNT(*) FROM invitation i JOIN account a ON a.id = i.account_id"
                    + " WHERE a.username = ? AND i.expires_at > NOW(6)")) {
      check.setString(1, username);
      try (ResultSet rows = check.executeQuery()) {
        rows.next();
        assertEquals(0, rows.getInt(1));
      }
    }
  }
}
