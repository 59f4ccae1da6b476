package io.escalationdesk.engine.worker;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.billing.BillingHandoffs;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Works the external task "Hand off to billing" over the engine's REST API. A failed forward is
 * retried and, after the last retry, becomes an incident in Cockpit. The task's id is the
 * idempotency key: the same for every try of one hand-off, also when the task is delivered
 * again because this worker died before it completed it. The completion carries the billing
 * reference, or none, and {@code RecordBillingHandoffListener} records it in the same transaction.
 */
@Component
@ExternalTaskSubscription(
        topicName = CustomerEscalationProcess.BILLING_HANDOFF_TOPIC,
        variableNames = {CATEGORY, PRIORITY})
class BillingHandoffWorker implements ExternalTaskHandler {

    private static final Logger log = LoggerFactory.getLogger(BillingHandoffWorker.class);

    private final BillingHandoffs handoffs;
    private final CaseRecords records;

    BillingHandoffWorker(BillingHandoffs handoffs, CaseRecords records) {
        this.handoffs = handoffs;
        this.records = records;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
        Optional<String> reference;
        try {
            CaseRecord record = records.find(task.getBusinessKey()).orElseThrow();
            reference = handoffs.handOff(
                    new BillingHandoffs.Handoff(
                            task.getBusinessKey(),
                            record.customerId(),
                            task.getVariable(CATEGORY),
                            task.getVariable(PRIORITY),
                            record.description()),
                    task.getId());
        } catch (RuntimeException e) {
            retryLater(task, service, e, handoffs.retries(), handoffs.retryInterval(), "Billing hand-off");
            return;
        }
        // none overwrites the reference of an earlier hand-off of the case
        service.complete(task, Collections.singletonMap(BILLING_REFERENCE, reference.orElse(null)));
    }

    /**
     * A failed call to the billing system is tried again after the interval, and after the last
     * retry becomes an incident; shared by the workers that call it.
     */
    static void retryLater(
            ExternalTask task,
            ExternalTaskService service,
            RuntimeException e,
            int retries,
            Duration interval,
            String what) {
        int retriesLeft = task.getRetries() == null ? retries : task.getRetries() - 1;
        log.warn("{} of {} failed, {} retries left: {}", what, task.getBusinessKey(), retriesLeft, e.getMessage());
        StringWriter details = new StringWriter();
        e.printStackTrace(new PrintWriter(details));
        service.handleFailure(
                task,
                "Billing system failed: " + e.getMessage(),
                details.toString(),
                Math.max(retriesLeft, 0),
                interval.toMillis());
    }
}
