package dk.godstart.reflection.application;

import dk.godstart.people.domain.Account;
import dk.godstart.people.infrastructure.MailSender;
import dk.godstart.reflection.domain.Notification.Kind;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.StatusMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a notification after the change it tells of was committed. The mail says what waits and
 * links to it; it never carries note text (only a name, which the recipient knows anyway).
 */
@ApplicationScoped
public class NotificationMail {

  @Inject MailSender sender;

  @Inject
  @ConfigProperty(name = "godstart.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  /** What to mail: to whom, what kind, about whom, and the page that shows it. */
  public record Mail(String to, Kind kind, String subject, String page) {

    static Mail of(
        Account to, Kind kind, Account subject, ReflectionNote note, StatusMeeting meeting) {
      String page =
          switch (kind) {
            case NOTE_SUBMITTED -> "/reflection/note.xhtml?id=" + note.id();
            case NOTE_ANSWERED -> "/reflection/note.xhtml?id=" + note.id();
            case MEETING_PLANNED -> "/reflection/meeting.xhtml?id=" + meeting.id();
            case MODULE_UNLOCKED -> "/enrollment/my-path.xhtml";
          };
      return new Mail(to.email(), kind, subject == null ? "" : subject.displayName(), page);
    }
  }

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
    if (!sender.isEnabled() || mail.to() == null) {
      return;
    }
    ResourceBundle texts =
        ResourceBundle.getBundle("dk.godstart.reflection.mail", Locale.forLanguageTag("da"));
    String key = "mail." + mail.kind().name();
    sender.send(
        mail.to(),
        MessageFormat.format(texts.getString(key + ".subject"), mail.subject()),
        MessageFormat.format(
            texts.getString(key + ".body"),
            mail.subject(),
            baseUrl.replaceAll("/$", "") + mail.page()));
  }
}
