package dk.godstart.reflection;

import static dk.godstart.reflection.ReflectionFixtures.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submitted note is mailed to the hire's mentors through a real SMTP server (GreenMail, on the
 * port the test server sends to): the mail says a note waits and links to it, without its text.
 */
class ReflectionMailIT {

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    GodstartServer.shared();
    smtp = new GreenMail(new ServerSetup(GodstartServer.MAIL_PORT, "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theMentorsGetAMailWithoutTheNoteText() throws Exception {
    String hire = PlayerFixtures.newHire();
    long enrollment = ReflectionFixtures.enrollmentOf(hire);
    String substitute = ReflectionFixtures.newMentor("mail");
    ReflectionFixtures.assign(enrollment, substitute, false, LocalDate.now(), null);
    Api hireApi = Api.withToken(TestAccounts.tokenFor(hire));
    long module = ReflectionFixtures.moduleFor(hire);
    ReflectionFixtures.complete(hireApi, module);
    String secret = "Min fortrolige refleksion " + System.nanoTime();
    long note =
        hireApi
            .post(
                "/api/v1/notes",
                "{\"moduleId\": " + module + ", \"answers\": " + answers(secret) + "}")
            .json()
            .getJsonNumber("id")
            .longValue();

    assertEquals(200, hireApi.post("/api/v1/notes/" + note + "/submission", "").status());

    assertTrue(smtp.waitForIncomingEmail(30_000, 1), "a mail arrives");
    List<MimeMessage> toSubstitute =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> recipients(m).contains(substitute))
            .toList();
    assertEquals(1, toSubstitute.size());
    MimeMessage mail = toSubstitute.get(0);
    String body = String.valueOf(mail.getContent());
    String all = mail.getSubject() + "\n" + body;
    assertTrue(all.contains("/reflection/note.xhtml?id=" + note), all);
    assertTrue(mail.getSubject().contains("refleksion"), mail.getSubject());
    assertFalse(all.contains("fortrolige"), "no note text in the mail: " + all);
    assertFalse(all.contains(secret), all);
  }
}
