package io.escalationdesk.engine.worker;

import static io.escalationdesk.engine.process.GoodwillApprovalProcess.Variables.*;

import io.escalationdesk.billing.GoodwillBookings;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.springframework.stereotype.Component;

/**
 * Works "Book goodwill" over the engine's REST API like the billing hand-off: the task's id is
 * the idempotency key, a failed booking is retried and ends as an incident in Cockpit.
 */
@Component
@ExternalTaskSubscription(
        topicName = GoodwillApprovalProcess.BOOKING_TOPIC,
        variableNames = {GOODWILL_ID})
class GoodwillBookingWorker implements ExternalTaskHandler {

    private final GoodwillBookings bookings;

    GoodwillBookingWorker(GoodwillBookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
        Optional<String> reference;
        try {
            reference = bookings.book(((Number) task.getVariable(GOODWILL_ID)).longValue(), task.getId());
        } catch (RuntimeException e) {
            BillingHandoffWorker.retryLater(
                    task, service, e, bookings.retries(), bookings.retryInterval(), "Goodwill booking");
            return;
        }
        service.complete(
                task,
                reference
                        .<Map<String, Object>>map(ref -> Map.of(BILLING_REFERENCE, ref))
                        .orElse(Map.of()));
    }
}
