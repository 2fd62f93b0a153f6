package dk.godstart.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server that MicroProfile Config names ({@code
 * godstart.mail.host}); without one, mail is off and nothing is sent. Any feature may use it
 * (people is the bottom feature): notifications, invitations. Callers put no personal text in a
 * mail beyond a name; a failure is logged without the message and does not fail the caller, because
 * the application keeps what matters and a mail only points to it.
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject
  @ConfigProperty(name = "godstart.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "godstart.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "godstart.mail.from", defaultValue = "godstart@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "godstart.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "godstart.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "godstart.mail.starttls", defaultValue = "false")
  boolean starttls;

  public boolean isEnabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends one mail to one address; returns whether it was handed to the SMTP server. */
  public boolean send(String to, String subject, String body) {
    if (!isEnabled() || to == null || to.isBlank()) {
      return false;
    }
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(from));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(message);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "A mail could not be sent: {0}", e.getClass().getSimpleName());
      return false;
    }
  }

  private Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host.orElseThrow());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    if (user.filter(u -> !u.isBlank()).isPresent()) {
      props.put("mail.smtp.auth", "true");
      return Session.getInstance(
          props,
          new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(props);
  }
}
