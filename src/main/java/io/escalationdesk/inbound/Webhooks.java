package io.escalationdesk.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.cases.PhoneNumbers;
import io.escalationdesk.conversation.CustomerMessages;
import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.InboundMessage;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.Hmac;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.system.UnverifiedSenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Customers' messages from SMS, WhatsApp and chat providers. Each request proves its provider
 * signed it before anything of it is read further; then each message becomes the one inbound
 * message every channel hands in, and is stored before the provider is answered. A provider that
 * delivers a message again (they retry until answered) stores nothing new.
 */
@Service
public class Webhooks {

    private static final int TEXT_LENGTH = 10_000;

    private final WebhookProperties properties;
    private final CustomerMessages messages;
    private final ObjectMapper json;
    private final PhoneNumbers phones;

    Webhooks(WebhookProperties properties, CustomerMessages messages, ObjectMapper json, PhoneNumbers phones) {
        this.properties = properties;
        this.messages = messages;
        this.json = json;
        this.phones = phones;
    }

    /**
     * A Twilio-style SMS: form fields, signed with the auth token over the URL and the fields
     * sorted by name (X-Twilio-Signature, Base64 of HMAC-SHA1).
     *
     * @return whether it was new
     */
    public boolean sms(Map<String, String> fields, String signature) {
        String token = configured(properties.smsAuthToken(), "SMS");
        StringBuilder signed = new StringBuilder(properties.smsUrl());
        new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
        verify(
                Base64.getEncoder()
                        .encodeToString(
                                Hmac.of("HmacSHA1", token, signed.toString().getBytes(StandardCharsets.UTF_8))),
                signature,
                "X-Twilio-Signature");
        List<FieldError> missing = new ArrayList<>();
        String id = required(fields, "MessageSid", missing);
        String from = required(fields, "From", missing);
        String body = required(fields, "Body", missing);
        if (!missing.isEmpty()) {
            throw new InvalidFieldException(missing);
        }
        String phone = phones.stored(from);
        return messages.receive(
                        InboundMessage.chat(InboundChannel.SMS, id, phone, null, phone, cut(body), formOf(fields)))
                .isPresent();
    }

    /** The WhatsApp Cloud API's registration: its token must be ours. */
    public String whatsAppChallenge(String mode, String token, String challenge) {
        String ours = configured(properties.whatsappVerifyToken(), "WhatsApp");
        if (!"subscribe".equals(mode)
                || token == null
                || !MessageDigest.isEqual(
                        ours.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new UnverifiedSenderException("hub.verify_token is not ours");
        }
        return challenge;
    }

    /**
     * A WhatsApp Cloud API notification: JSON signed over its raw body (X-Hub-Signature-256).
     * Delivery receipts carry no message and store nothing.
     *
     * @return how many of its messages were new
     */
    public int whatsApp(byte[] body, String signature) {
        String secret = configured(properties.whatsappAppSecret(), "WhatsApp");
        verify(
                "sha256=" + HexFormat.of().formatHex(Hmac.of("HmacSHA256", secret, body)),
                signature,
                "X-Hub-Signature-256");
        JsonNode notification = parse(body);
        int stored = 0;
        for (JsonNode entry : notification.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String name = value.path("contacts")
                        .path(0)
                        .path("profile")
                        .path("name")
                        .asText(null);
                for (JsonNode message : value.path("messages")) {
                    String phone = phones.stored("+" + message.path("from").asText(""));
                    String text = message.path("text")
                            .path("body")
                            .asText("(a " + message.path("type").asText("message") + " without text)");
                    String id = message.path("id").asText("");
                    if (id.isBlank() || phone.length() < 2) {
                        throw new InvalidFieldException(
                                "entry.changes.value.messages", "every message needs an id and a sender (from)");
                    }
                    stored += messages.receive(InboundMessage.chat(
                                            InboundChannel.WHATSAPP, id, phone, name, phone, cut(text), body))
                                    .isPresent()
                            ? 1
                            : 0;
                }
            }
        }
        return stored;
    }

    /**
     * A chat or social tool's message: JSON signed with the channel's secret over its raw body
     * (X-Signature-256: sha256=hex). The customer's email or phone says where answers reach them.
     *
     * @return whether it was new
     */
    public boolean chat(String channel, byte[] body, String signature) {
        String secret = properties.chatSecrets().get(channel);
        if (secret == null || secret.isBlank()) {
            throw new NotFoundException("No chat channel " + channel + " is set up");
        }
        verify("sha256=" + HexFormat.of().formatHex(Hmac.of("HmacSHA256", secret, body)), signature, "X-Signature-256");
        JsonNode message = parse(body);
        List<FieldError> missing = new ArrayList<>();
        String id = required(message, "messageId", missing);
        String from = required(message, "from", missing);
        String text = required(message, "text", missing);
        String email = message.path("email").asText(null);
        String typedPhone = message.path("phone").asText(null);
        String phone = phones.e164(typedPhone).orElse(null);
        if (typedPhone != null && !typedPhone.isBlank() && phone == null) {
            missing.add(new FieldError("phone", "must be " + phones.hint()));
        } else if ((email == null || email.isBlank()) && phone == null) {
            missing.add(new FieldError("email", "or phone is required: where answers reach the customer"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidFieldException(missing);
        }
        return messages.receive(InboundMessage.chat(
                        InboundChannel.CHAT,
                        channel + ":" + id,
                        channel + ":" + from,
                        message.path("name").asText(null),
                        email != null && !email.isBlank() ? email : phone,
                        cut(text),
                        body))
                .isPresent();
    }

    private static String configured(String secret, String channel) {
        if (secret == null || secret.isBlank()) {
            throw new NotFoundException(channel + " is not set up: its provider's secret is missing");
        }
        return secret;
    }

    private static void verify(String expected, String given, String header) {
        if (given == null || given.isBlank()) {
            throw new UnverifiedSenderException(header + " is missing: only the provider may send this");
        }
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new UnverifiedSenderException(header + " does not match: not signed by the provider");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new InvalidFieldException("body", "is not valid JSON");
        }
    }

    private static String required(Map<String, String> fields, String name, List<FieldError> missing) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            missing.add(new FieldError(name, "must not be blank"));
        }
        return value;
    }

    private static String required(JsonNode message, String name, List<FieldError> missing) {
        String value = message.path(name).asText(null);
        if (value == null || value.isBlank()) {
            missing.add(new FieldError(name, "must not be blank"));
        }
        return value;
    }

    /** The form as it came, for the stored original. */
    private static byte[] formOf(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        new TreeMap<>(fields)
                .forEach((name, value) ->
                        form.append(name).append('=').append(value).append('\n'));
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        return text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH);
    }
}
