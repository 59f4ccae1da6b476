package io.escalationdesk.billing;

import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Hands a case to the billing back office: forwards it to the billing system when one is
 * configured, and records the hand-off on the timeline either way.
 */
@Service
public class BillingHandoffs {

    /** What the back office gets to work the case. */
    public record Handoff(String caseNumber, String customerId, String category, String priority, String description) {}

    private final BillingSystem billingSystem;
    private final BillingProperties properties;
    private final TimelineWriter timeline;

    BillingHandoffs(BillingSystem billingSystem, BillingProperties properties, TimelineWriter timeline) {
        this.billingSystem = billingSystem;
        this.properties = properties;
        this.timeline = timeline;
    }

    /**
     * Forwards the case to the billing system when one is configured; recorded on the timeline
     * by {@link #recordHandedOff} once the hand-off completed, so a hand-off delivered twice (the
     * worker died before it completed the task) is recorded once.
     *
     * @param idempotencyKey the same for every try of one hand-off, so the billing system
     *     recognises a retried forward
     * @return the billing system's reference for the case, if it gave one
     * @throws RuntimeException when the billing system could not be reached or refused the case
     */
    public Optional<String> handOff(Handoff handoff, String idempotencyKey) {
        return billingSystem.isConfigured() ? billingSystem.forward(handoff, idempotencyKey) : Optional.empty();
    }

    /** On the timeline: the case went to the billing system (with its reference), or to the queue. */
    public void recordHandedOff(CaseRef ref, Optional<String> reference) {
        timeline.forwardedToBilling(ref, reference, billingSystem.isConfigured());
    }

    /** How often a failed forward is tried again before it becomes an incident. */
    public int retries() {
        return properties.retries();
    }

    public Duration retryInterval() {
        return properties.retryInterval();
    }
}
