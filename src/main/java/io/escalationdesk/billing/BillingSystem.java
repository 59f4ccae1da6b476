package io.escalationdesk.billing;

import io.escalationdesk.system.OutboundHttp;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The billing back office's system, reached over HTTP with JSON. */
@Component
class BillingSystem {

    /** What it answers: its own reference for the case. */
    record Receipt(String reference) {}

    private final RestClient http;
    private final BillingProperties properties;

    BillingSystem(RestClient.Builder http, BillingProperties properties) {
        // the external task's retries are the one retry policy, visible in Cockpit
        this.http = OutboundHttp.withoutRetries(http, Duration.ofSeconds(30));
        this.properties = properties;
    }

    boolean isConfigured() {
        return properties.systemUrl() != null;
    }

    /**
     * Forwards a case; the idempotency key lets the billing system recognise a retried forward.
     *
     * @return the billing reference, if the system gave one
     */
    Optional<String> forward(BillingHandoffs.Handoff handoff, String idempotencyKey) {
        return post(properties.systemUrl(), handoff, idempotencyKey);
    }

    /** @return the billing system's reference, if it gave one */
    Optional<String> post(URI endpoint, Object body, String idempotencyKey) {
        Receipt receipt = http.post()
                .uri(endpoint)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .retrieve()
                .body(Receipt.class);
        return Optional.ofNullable(receipt).map(Receipt::reference).filter(ref -> !ref.isBlank());
    }
}
