package io.escalationdesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.notification.AnswerProperties.ChatEndpoint;
import io.escalationdesk.system.Hmac;
import io.escalationdesk.system.OutboundHttp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends an agent's answer to where the customer wrote: to their WhatsApp number through the
 * WhatsApp Cloud API, or to their handle in a chat or social tool, as JSON signed like the
 * messages the tool sends us. The notification's key goes along as {@code reference}, so a tool
 * can drop a resend after a crash between sending and recording it.
 */
@Component
class MessengerDelivery {

    /** What a chat tool receives. */
    record ChatAnswer(String reference, String to, String caseNumber, String text) {}

    private final AnswerProperties properties;
    private final NotificationTexts texts;
    private final ObjectMapper json;
    private final RestClient http;

    MessengerDelivery(
            AnswerProperties properties, NotificationTexts texts, ObjectMapper json, RestClient.Builder http) {
        this.properties = properties;
        this.texts = texts;
        this.json = json;
        // the dispatcher's retries and fallback are the one retry policy
        this.http = OutboundHttp.withoutRetries(http, Duration.ofSeconds(20));
    }

    /** @return where the answer went */
    String deliver(OutboxEntry entry) throws DeliveryException {
        if (!properties.reaches(entry.channel(), entry.recipientHandle())) {
            throw new DeliveryException(entry.channel() + " answers are not configured (any more)", true, null);
        }
        String text = texts.answer(entry);
        return entry.channel() == ContactChannel.WHATSAPP
                ? toWhatsApp(entry.recipientHandle(), text)
                : toChat(entry, text);
    }

    private String toWhatsApp(String number, String text) throws DeliveryException {
        ProviderCall.send(
                http.post()
                        .uri(properties.whatsappUrl())
                        .contentType(MediaType.APPLICATION_JSON)
                        .headers(headers -> headers.setBearerAuth(properties.whatsappAccessToken()))
                        .body(Map.of(
                                "messaging_product", "whatsapp",
                                "recipient_type", "individual",
                                // the Cloud API takes the number without its plus
                                "to", number.replaceAll("\\D", ""),
                                "type", "text",
                                "text", Map.of("preview_url", false, "body", text))),
                "WhatsApp");
        return "WhatsApp " + properties.whatsappUrl().getHost();
    }

    private String toChat(OutboxEntry entry, String text) throws DeliveryException {
        ChatEndpoint endpoint = properties.chatOf(entry.recipientHandle());
        ChatHandle to = ChatHandle.of(entry.recipientHandle()).orElseThrow();
        byte[] body;
        try {
            body = json.writeValueAsBytes(new ChatAnswer(entry.key(), to.visitor(), entry.caseNumber(), text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer is plain strings", e);
        }
        ProviderCall.send(
                http.post()
                        .uri(endpoint.url())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                "X-Signature-256",
                                "sha256=" + HexFormat.of().formatHex(Hmac.of("HmacSHA256", endpoint.secret(), body)))
                        .body(body),
                "Chat " + to.tool());
        return "chat " + endpoint.url().getHost();
    }
}
