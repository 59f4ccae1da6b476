package io.escalationdesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a customer email over SMTP, or, with no SMTP host configured (the embedded default),
 * writes it as an .eml file and says so. The Message-ID derives from the notification's key, so
 * a resend after a crash is recognisable downstream.
 */
@Component
class EmailDelivery {

  private final ObjectProvider<JavaMailSenderImpl> smtp;
  private final MailProperties mail;
  private final NotificationProperties properties;
  private final NotificationTexts texts;

  EmailDelivery(ObjectProvider<JavaMailSenderImpl> smtp, MailProperties mail,
      NotificationProperties properties, NotificationTexts texts) {
    this.smtp = smtp;
    this.mail = mail;
    this.properties = properties;
    this.texts = texts;
  }

  /** @return where the email went, for the case's notification list */
  String deliver(OutboxEntry entry) throws DeliveryException {
    try {
      return send(entry);
    } catch (AddressException | MailParseException badAddress) {
      throw new DeliveryException("Invalid email address: " + badAddress.getMessage(), true,
          badAddress);
    } catch (MessagingException | IOException | MailException unavailable) {
      throw new DeliveryException(unavailable.getClass().getSimpleName() + ": "
          + unavailable.getMessage(), false, unavailable);
    }
  }

  private String send(OutboxEntry entry) throws MessagingException, IOException {
    boolean overSmtp = mail.getHost() != null && !mail.getHost().isBlank();
    Session session =
        overSmtp ? smtp.getObject().getSession() : Session.getInstance(new Properties());
    MimeMessage message = new KeyedMessage(session, messageId(entry));
    NotificationTexts.Email email = texts.email(entry);
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(entry.recipientEmail());
    helper.setSubject(email.subject());
    helper.setText(email.text(), email.html());
    if (overSmtp) {
      smtp.getObject().send(message);
      return "SMTP " + mail.getHost();
    }
    Path file = properties.mailFolder().resolve(entry.key().replace('#', '-') + ".eml");
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    return "file " + file + " (no SMTP server configured)";
  }

  private static String messageId(OutboxEntry entry) {
    return "<" + entry.key().replace('#', '.') + "@escalation-desk>";
  }

  /** A message whose Message-ID is ours, not a random one. */
  private static final class KeyedMessage extends MimeMessage {
    private final String id;

    KeyedMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
