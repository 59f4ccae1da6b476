package io.escalationdesk.inbound;

import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.InboundMessage;
import io.escalationdesk.conversation.InboundMessage.Attachment;
import io.escalationdesk.conversation.ParkedReason;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a mail as it came from the mailbox into the one inbound message every channel hands in:
 * the sender, the new words as plain text, the files within the limits, and what it says of its
 * thread. Bounces, automatic replies and our own mails are parked (RFC 3834: a machine never
 * answers a machine); a mail that cannot be read is parked with the error, never dropped.
 */
@Component
class MailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Set<String> BULK = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> MAIL_SYSTEMS = Set.of("mailer-daemon", "postmaster");

    /** Deeper nesting of parts than any mail program writes is not read. */
    private static final int DEEPEST_PART = 10;

    private final InboundMailProperties properties;
    private final String ownAddress;
    private final Session session = Session.getInstance(new Properties());

    MailParser(InboundMailProperties properties) throws AddressException {
        this.properties = properties;
        this.ownAddress =
                new InternetAddress(properties.ownAddress()).getAddress().toLowerCase(Locale.ROOT);
    }

    InboundMessage parse(byte[] raw) {
        MimeMessage mail;
        try {
            mail = new MimeMessage(session, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            return InboundMessage.parked(
                    InboundChannel.EMAIL, hashOf(raw), "unknown", null, raw, ParkedReason.UNPARSEABLE, e.toString());
        }
        String providerId = header(mail, "Message-ID");
        providerId = providerId == null ? hashOf(raw) : providerId.strip();
        InternetAddress from = firstAddress(mail, "From");
        String subject = subjectOf(mail);
        if (from == null) {
            return InboundMessage.parked(
                    InboundChannel.EMAIL,
                    providerId,
                    "unknown",
                    subject,
                    raw,
                    ParkedReason.UNPARSEABLE,
                    "no sender address (From)");
        }
        String sender = from.getAddress().toLowerCase(Locale.ROOT);
        // a parked mail is read too: administrators see what a bounce or an auto-reply says
        ParkedReason parked = parkedReason(mail, sender);
        try {
            Body body = new Body();
            body.read(mail, 0);
            // answers go to the sender, never to a Reply-To of their choosing: a forged one would
            // have us mail somebody else
            InboundMessage message = new InboundMessage(
                    InboundChannel.EMAIL,
                    providerId,
                    sender,
                    from.getPersonal(),
                    sender,
                    subject,
                    body.shownText(),
                    raw,
                    body.attachments,
                    recipientsOf(mail),
                    referencesOf(mail),
                    SenderAuthentication.proven(properties.authenticatedBy(), headers(mail, "Authentication-Results")),
                    null,
                    null);
            return parked == null ? message : message.parkedBecause(parked, null);
        } catch (MessagingException | IOException | RuntimeException e) {
            return InboundMessage.parked(
                    InboundChannel.EMAIL,
                    providerId,
                    sender,
                    subject,
                    raw,
                    parked == null ? ParkedReason.UNPARSEABLE : parked,
                    e.toString());
        }
    }

    private ParkedReason parkedReason(MimeMessage mail, String sender) {
        String local = sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender;
        String contentType = header(mail, "Content-Type");
        if (MAIL_SYSTEMS.contains(local)
                || (contentType != null
                        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report")
                        && contentType.toLowerCase(Locale.ROOT).contains("delivery-status"))) {
            return ParkedReason.BOUNCE;
        }
        String autoSubmitted = header(mail, "Auto-Submitted");
        String precedence = header(mail, "Precedence");
        if ((autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no"))
                || header(mail, "X-Autoreply") != null
                || header(mail, "X-Autorespond") != null
                || (precedence != null && BULK.contains(precedence.strip().toLowerCase(Locale.ROOT)))) {
            return ParkedReason.AUTO_REPLY;
        }
        if (sender.equals(ownAddress) || isPlusAddressOf(sender, ownAddress)) {
            return ParkedReason.OWN_ADDRESS;
        }
        return null;
    }

    private static boolean isPlusAddressOf(String sender, String own) {
        int plus = sender.indexOf('+');
        int at = sender.indexOf('@');
        return plus > 0 && at > plus && (sender.substring(0, plus) + sender.substring(at)).equalsIgnoreCase(own);
    }

    private static List<String> recipientsOf(MimeMessage mail) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses = mail.getRecipients(type);
            if (addresses != null) {
                Arrays.stream(addresses).map(Address::toString).forEach(recipients::add);
            }
        }
        for (String name : List.of("Delivered-To", "X-Original-To")) {
            String[] values = mail.getHeader(name);
            if (values != null) {
                recipients.addAll(Arrays.asList(values));
            }
        }
        return recipients;
    }

    /** In-Reply-To first, then References from the newest back. */
    private static List<String> referencesOf(MimeMessage mail) {
        List<String> ids = new ArrayList<>(idsIn(header(mail, "In-Reply-To")));
        List<String> references = idsIn(header(mail, "References"));
        Collections.reverse(references);
        references.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    private static List<String> idsIn(String header) {
        return header == null
                ? new ArrayList<>()
                : new ArrayList<>(MESSAGE_ID
                        .matcher(header)
                        .results()
                        .map(match -> match.group())
                        .toList());
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return header(mail, "Subject");
        }
    }

    private static InternetAddress firstAddress(MimeMessage mail, String name) {
        String value = header(mail, name);
        if (value == null) {
            return null;
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(value, false);
            return addresses.length == 0 ? null : addresses[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            String value = mail.getHeader(name, ",");
            return value == null ? null : MimeUtility.unfold(value);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Each of the headers with the name, unfolded; none when there is none. */
    private static List<String> headers(MimeMessage mail, String name) throws MessagingException {
        String[] values = mail.getHeader(name);
        return values == null
                ? List.of()
                : Arrays.stream(values).map(MimeUtility::unfold).toList();
    }

    /** A mail without a Message-ID is known by its content. */
    private static String hashOf(byte[] raw) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The text and files of a mail, from its parts. */
    private final class Body {
        private String plain;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void read(Part part, int depth) throws MessagingException, IOException {
            if (depth > DEEPEST_PART) {
                throw new MessagingException("parts nested deeper than " + DEEPEST_PART);
            }
            String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            String fileName = part.getFileName();
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    || (fileName != null && !type.startsWith("text/"));
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    read(child, depth + 1);
                }
            } else if (!attached && type.equals("text/plain") && plain == null) {
                plain = textOf(part);
            } else if (!attached && type.equals("text/html") && html == null) {
                html = textOf(part);
            } else if (attached || fileName != null) {
                attachments.add(attachmentOf(part, type, fileName));
            }
        }

        String shownText() {
            String text = plain != null ? plain : html != null ? PlainText.ofHtml(html) : "";
            return PlainText.withoutQuote(text);
        }

        private Attachment attachmentOf(Part part, String type, String fileName)
                throws MessagingException, IOException {
            String name = fileName == null ? "attachment" : MimeUtility.decodeText(fileName);
            long limit = properties.attachmentMaxSize().toBytes();
            try (InputStream in = part.getInputStream()) {
                byte[] content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
                long size = content.length + in.transferTo(OutputStream.nullOutputStream());
                if (!properties.allows(type)) {
                    return new Attachment(name, type, size, null, "files of type " + type + " are not kept");
                }
                if (content.length > limit) {
                    return new Attachment(
                            name,
                            type,
                            size,
                            null,
                            "larger than " + properties.attachmentMaxSize().toMegabytes() + " MB");
                }
                return new Attachment(name, type, size, content, null);
            }
        }

        private static String textOf(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
