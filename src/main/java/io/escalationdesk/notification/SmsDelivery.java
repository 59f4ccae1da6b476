package io.escalationdesk.notification;

import io.escalationdesk.system.OutboundHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends an SMS through the provider's HTTP gateway (JSON, HTTP Basic), or writes it to a file when
 * no gateway is configured.
 */
@Component
class SmsDelivery {

    /** What the gateway receives; {@code reference} lets it drop a resend of the same message. */
    record SmsRequest(String from, String to, String text, String reference) {}

    private final SmsProperties properties;
    private final NotificationTexts texts;
    private final RestClient http;

    SmsDelivery(SmsProperties properties, NotificationTexts texts, RestClient.Builder http) {
        this.properties = properties;
        this.texts = texts;
        // the dispatcher's retries and fallback are the one retry policy
        this.http = OutboundHttp.withoutRetries(http, Duration.ofSeconds(20));
    }

    /** @return where the SMS went */
    String deliver(OutboxEntry entry) throws DeliveryException {
        String text = texts.sms(entry);
        if (properties.gatewayUrl() == null) {
            return toFile(entry, text);
        }
        ProviderCall.send(
                http.post()
                        .uri(properties.gatewayUrl())
                        .contentType(MediaType.APPLICATION_JSON)
                        .headers(headers -> headers.setBasicAuth(properties.username(), properties.password()))
                        .body(new SmsRequest(properties.sender(), entry.recipientPhone(), text, entry.key())),
                "SMS gateway");
        return "SMS gateway " + properties.gatewayUrl().getHost();
    }

    private String toFile(OutboxEntry entry, String text) throws DeliveryException {
        Path file = properties.folder().resolve(entry.key().replace('#', '-') + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "To: " + entry.recipientPhone() + "\n\n" + text, StandardCharsets.UTF_8);
            return "file " + file + " (no SMS gateway configured)";
        } catch (IOException e) {
            throw new DeliveryException("Cannot write " + file + ": " + e.getMessage(), false, e);
        }
    }
}
