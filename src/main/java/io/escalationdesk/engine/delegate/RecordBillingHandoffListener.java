package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.BILLING_REFERENCE;

import io.escalationdesk.billing.BillingHandoffs;
import io.escalationdesk.timeline.CaseRef;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Hand off to billing" completed: on the case's timeline, in the transaction of the worker's
 * completion. A hand-off the worker forwarded but did not complete (it died) is delivered again
 * and recorded once, when it completes.
 */
@Component("recordBillingHandoff")
class RecordBillingHandoffListener implements ExecutionListener {

    private final BillingHandoffs handoffs;

    RecordBillingHandoffListener(BillingHandoffs handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void notify(DelegateExecution execution) {
        handoffs.recordHandedOff(
                new CaseRef(execution.getProcessBusinessKey(), execution.getProcessInstanceId()),
                Optional.ofNullable(VariableReads.string(execution, BILLING_REFERENCE)));
    }
}
