package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.OutboundProperties;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * An agent asked the customer for information: the SLA clock stops until the customer replies,
 * and the reply comes back to the agent who asked.
 * The customer is asked by message, or called by the outbound department when the agent chose
 * that. Runs in the task's completion transaction, so a request without a reason, or a call
 * without a number, refuses it.
 */
@Component("pauseSlaClock")
class PauseSlaClockDelegate implements JavaDelegate {

    private final SlaClock slaClock;
    private final CaseTransitions transitions;
    private final Timeline timeline;

    private final OutboundProperties outbound;
    private final CaseRecords records;

    PauseSlaClockDelegate(
            SlaClock slaClock,
            CaseTransitions transitions,
            Timeline timeline,
            OutboundProperties outbound,
            CaseRecords records) {
        this.slaClock = slaClock;
        this.transitions = transitions;
        this.timeline = timeline;
        this.outbound = outbound;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String needed = VariableReads.string(execution, REASON);
        if (needed == null || needed.isBlank()) {
            throw new NotValidException("reason: Say what the customer should send; it goes on the case timeline");
        }
        askBy(execution, needed);
        var left = slaClock.pause(execution);
        transitions.inPlace(execution, CaseEvent.INFORMATION_REQUESTED);
        timeline.informationRequested(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.actor(execution),
                needed,
                left);
    }

    /** By message, or by the outbound department's call when the agent chose it. */
    private void askBy(DelegateExecution execution, String needed) {
        boolean call = Boolean.TRUE.equals(execution.getVariable(CALL_CUSTOMER));
        execution.removeVariable(CALL_CUSTOMER);
        if (call && phoneOf(execution) == null) {
            throw new NotValidException("callCustomer: the case has no phone number to call");
        }
        execution.setVariable(ASK_BY, call ? "PHONE" : "MESSAGE");
        // the message to the customer asks the agent's question; the answer comes back to them
        execution.setVariable(INFORMATION_NEEDED, needed);
        execution.setVariable(INFORMATION_ASKED_BY, VariableReads.actor(execution));
        if (call) {
            execution.setVariable(CALL_ATTEMPTS, 0);
            execution.setVariable(MAX_CALL_ATTEMPTS, outbound.maxAttempts());
            execution.setVariable(CALL_RETRY_AFTER, outbound.retryAfter().toString());
        }
    }

    private String phoneOf(DelegateExecution execution) {
        return records.find(execution.getProcessBusinessKey()).orElseThrow().customerPhone();
    }
}
