package io.escalationdesk.escalation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The outbound call queue.
 *
 * @param maxAttempts calls without an answer before the customer is reminded by message
 * @param retryAfter business time between two calls
 */
@Validated
@ConfigurationProperties("escalation.outbound")
public record OutboundProperties(
        @Min(1) int maxAttempts, @NotNull Duration retryAfter) {}
