package io.escalationdesk.notification;

import io.escalationdesk.conversation.MailThreads;
import io.escalationdesk.conversation.ThreadTokens;
import io.escalationdesk.escalation.CaseEvent;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a customer email over SMTP, or, with no SMTP host configured, writes it as an .eml file
 * and says so. The Message-ID derives from the notification's key, so a resend after a crash is
 * recognisable downstream, and carries the case's signed token, as does the reply address: the
 * customer's answer finds its case ({@code conversation.Threading}). A mail to a customer goes in
 * the case's thread (In-Reply-To, References). Every mail no person wrote says so
 * (Auto-Submitted, RFC 3834), so the customer's mail program does not answer it automatically.
 */
@Component
class EmailDelivery {

    private final ObjectProvider<JavaMailSenderImpl> smtp;
    private final MailProperties mail;
    private final NotificationProperties properties;
    private final NotificationTexts texts;
    private final ThreadTokens tokens;
    private final MailThreads threads;

    EmailDelivery(
            ObjectProvider<JavaMailSenderImpl> smtp,
            MailProperties mail,
            NotificationProperties properties,
            NotificationTexts texts,
            ThreadTokens tokens,
            MailThreads threads) {
        this.smtp = smtp;
        this.mail = mail;
        this.properties = properties;
        this.texts = texts;
        this.tokens = tokens;
        this.threads = threads;
    }

    /** @return where the email went, for the case's notification list */
    String deliver(OutboxEntry entry) throws DeliveryException {
        try {
            return send(entry);
        } catch (AddressException | MailParseException badAddress) {
            throw new DeliveryException("Invalid email address: " + badAddress.getMessage(), true, badAddress);
        } catch (MessagingException | IOException | MailException unavailable) {
            throw new DeliveryException(
                    unavailable.getClass().getSimpleName() + ": " + unavailable.getMessage(), false, unavailable);
        }
    }

    private String send(OutboxEntry entry) throws MessagingException, IOException {
        boolean overSmtp = mail.getHost() != null && !mail.getHost().isBlank();
        Session session = overSmtp ? smtp.getObject().getSession() : Session.getInstance(new Properties());
        InternetAddress from = new InternetAddress(properties.from());
        boolean toCustomer = entry.audience() == Audience.CUSTOMER;
        String unique = entry.key().substring(entry.key().indexOf('#') + 1).replace('#', '.');
        // only a customer's answer may find the case by the token; staff answers are parked
        String messageId = toCustomer
                ? tokens.messageId(entry.caseNumber(), unique, domainOf(from))
                : "<" + entry.caseNumber() + "." + unique + "@" + domainOf(from) + ">";
        MimeMessage message = new KeyedMessage(session, messageId);
        NotificationTexts.Email email = texts.email(entry);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(entry.recipientEmail());
        if (toCustomer) {
            helper.setReplyTo(new InternetAddress(
                    tokens.replyAddress(entry.caseNumber(), from.getAddress()), from.getPersonal(), "UTF-8"));
            List<String> thread = threads.of(entry.caseNumber());
            if (!thread.isEmpty()) {
                message.setHeader("In-Reply-To", thread.get(thread.size() - 1));
                message.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", thread)));
            }
        }
        threads.record(
                messageId, entry.caseNumber(), toCustomer ? MailThreads.Kind.TO_CUSTOMER : MailThreads.Kind.TO_STAFF);
        if (!CaseEvent.CUSTOMER_MESSAGED.name().equals(entry.event())) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
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

    private static String domainOf(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.lastIndexOf('@') + 1);
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
