package io.escalationdesk.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code escalation.notifications{status}}: how many notifications wait and how many failed for
 * good, counted in the outbox on every scrape, so every node reports the same true figure. Alert
 * on {@code status="FAILED"} above zero: those wait for an operator.
 */
@Component
class NotificationMetrics implements MeterBinder {

    private static final List<DeliveryStatus> WATCHED = List.of(DeliveryStatus.QUEUED, DeliveryStatus.FAILED);

    private final NotificationOutbox outbox;

    NotificationMetrics(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DeliveryStatus status : WATCHED) {
            Gauge.builder("escalation.notifications", outbox, o -> o.count(status))
                    .description("Customer notifications in the outbox by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
