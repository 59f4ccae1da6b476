package io.escalationdesk.billing;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.goodwill.Goodwill;
import io.escalationdesk.goodwill.GoodwillProperties;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Books granted goodwill in the billing system, when one is configured for it. */
@Service
public class GoodwillBookings {

    /** What the billing system books. */
    record Booking(
            String caseNumber,
            String customerId,
            String kind,
            BigDecimal amount,
            String currency,
            String exception,
            String reason,
            long goodwillId) {}

    private final BillingSystem billingSystem;
    private final BillingProperties properties;
    private final Goodwill goodwill;
    private final GoodwillProperties goodwillProperties;
    private final CaseRecords records;

    GoodwillBookings(
            BillingSystem billingSystem,
            BillingProperties properties,
            Goodwill goodwill,
            GoodwillProperties goodwillProperties,
            CaseRecords records) {
        this.billingSystem = billingSystem;
        this.properties = properties;
        this.goodwill = goodwill;
        this.goodwillProperties = goodwillProperties;
        this.records = records;
    }

    public boolean isConfigured() {
        return properties.goodwillUrl() != null;
    }

    /**
     * @param idempotencyKey the same for every try of one booking
     * @return the billing system's reference, if it gave one; none without a billing system
     * @throws RuntimeException when the billing system could not be reached or refused it
     */
    public Optional<String> book(long goodwillId, String idempotencyKey) {
        if (!isConfigured()) {
            return Optional.empty();
        }
        Goodwill.Requested requested = goodwill.find(goodwillId).orElseThrow();
        var request = requested.request();
        return billingSystem.post(
                properties.goodwillUrl(),
                new Booking(
                        requested.caseNumber(),
                        records.find(requested.caseNumber()).orElseThrow().customerId(),
                        request.kind().name(),
                        request.amount(),
                        goodwillProperties.currency(),
                        request.exception() == null ? null : request.exception().name(),
                        request.reason(),
                        goodwillId),
                idempotencyKey);
    }

    public int retries() {
        return properties.retries();
    }

    public Duration retryInterval() {
        return properties.retryInterval();
    }
}
