package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where an agent's message answers the customer: on the channel of the customer's latest
 * message, if it came within the window and we can send there. WhatsApp and chat carry answers
 * only once their endpoint is configured; without it the answer goes on the preferred channel.
 *
 * @param window how long after the customer's message an answer goes on its channel; WhatsApp
 *     takes free text only within 24 hours of it
 * @param whatsappUrl the WhatsApp Cloud API's messages endpoint of our business number
 * @param whatsappAccessToken the bearer token it takes
 * @param chat each chat or social tool's endpoint for answers, by the name its webhook uses
 */
@Validated
@ConfigurationProperties("escalation.notification.answers")
record AnswerProperties(
        @NotNull Duration window, URI whatsappUrl, String whatsappAccessToken, Map<String, ChatEndpoint> chat) {

    /**
     * @param url where answers are posted as JSON
     * @param secret signs each body (X-Signature-256: sha256=hex of HMAC-SHA256), as the tool
     *     signs the messages it sends us
     */
    record ChatEndpoint(URI url, String secret) {}

    AnswerProperties {
        chat = chat == null ? Map.of() : chat;
    }

    /** The endpoint of the tool a chat handle ("webchat:visitor-42") belongs to, if configured. */
    ChatEndpoint chatOf(String handle) {
        ChatEndpoint endpoint =
                ChatHandle.of(handle).map(to -> chat.get(to.tool())).orElse(null);
        return endpoint == null
                        || endpoint.url() == null
                        || endpoint.secret() == null
                        || endpoint.secret().isBlank()
                ? null
                : endpoint;
    }

    /** Whether an answer on WhatsApp or chat can reach the handle the customer wrote from. */
    boolean reaches(ContactChannel channel, String handle) {
        return switch (channel) {
            case WHATSAPP -> whatsappUrl != null && whatsappAccessToken != null && !whatsappAccessToken.isBlank();
            case CHAT -> chatOf(handle) != null;
            case EMAIL, SMS -> false;
        };
    }
}
