package io.escalationdesk.billing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param systemUrl the billing back-office system's hand-off endpoint; none: record only
 * @param goodwillUrl its endpoint that books granted goodwill; none: record only
 * @param retries how often a failed forward is tried again before it becomes an incident
 * @param retryInterval the wait between two tries
 */
@Validated
@ConfigurationProperties("escalation.billing")
record BillingProperties(
        URI systemUrl,
        URI goodwillUrl,
        @Min(0) int retries,
        @NotNull Duration retryInterval) {}
