package dk.godstart.people.application;

import dk.godstart.kernel.DanishTime;
import dk.godstart.people.domain.Invitation.Purpose;
import dk.godstart.people.infrastructure.MailSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes and sends the mail with a link to choose a password, and builds the link itself. */
@ApplicationScoped
public class InvitationMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("da"))
          .withZone(DanishTime.ZONE);

  @Inject MailSender sender;

  @Inject
  @ConfigProperty(name = "godstart.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Resource ManagedExecutorService executor;

  /** The address of the page where the token's holder chooses a password. */
  public String link(String token) {
    return baseUrl.strip().replaceAll("/$", "") + "/invitation.xhtml?token=" + token;
  }

  /** Whether a link to this address can go out by mail at all. */
  public boolean canMail(String to) {
    return sender.isEnabled() && to != null && !to.isBlank();
  }

  /** Sends the mail now; returns whether the SMTP server took it. */
  boolean send(String to, String name, Purpose purpose, String token, Instant expiresAt) {
    if (!canMail(to)) {
      return false;
    }
    ResourceBundle texts =
        ResourceBundle.getBundle("dk.godstart.people.mail", Locale.forLanguageTag("da"));
    String key = "mail." + purpose.name();
    return sender.send(
        to,
        texts.getString(key + ".subject"),
        MessageFormat.format(
            texts.getString(key + ".body"), name, link(token), WHEN.format(expiresAt)));
  }

  /**
   * A mail to send once the link it carries is committed: a mail sent before a rollback would hold
   * a dead link. {@code later}: on another thread, so that the answer to "Glemt adgangskode" takes
   * as long whether or not a mail went out (the time must not tell which user names exist).
   */
  public record Outgoing(
      String to, String name, Purpose purpose, String token, Instant expiresAt, boolean later) {}

  void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing mail) {
    if (mail.later()) {
      executor.submit(
          () -> send(mail.to(), mail.name(), mail.purpose(), mail.token(), mail.expiresAt()));
    } else {
      send(mail.to(), mail.name(), mail.purpose(), mail.token(), mail.expiresAt());
    }
  }
}
