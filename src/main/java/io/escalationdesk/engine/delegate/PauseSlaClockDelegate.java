package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.move.InformationRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An agent asked the customer for information: the SLA clock stops until the customer replies,
 * and the reply comes back to the agent who asked. Runs in the task's completion transaction, so
 * a request the domain refuses (no reason, a call without a number) leaves the clock running.
 */
@Component("pauseSlaClock")
class PauseSlaClockDelegate implements JavaDelegate {

    private final InformationRequests requests;
    private final SlaClock slaClock;
    private final CaseTransitions transitions;

    PauseSlaClockDelegate(InformationRequests requests, SlaClock slaClock, CaseTransitions transitions) {
        this.requests = requests;
        this.slaClock = slaClock;
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean byPhone = Boolean.TRUE.equals(execution.getVariable(CALL_CUSTOMER));
        execution.removeVariable(CALL_CUSTOMER);
        var left = slaClock.pause(execution);
        var request = refusing(() -> requests.ask(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.actor(execution),
                VariableReads.string(execution, REASON),
                byPhone,
                left));
        execution.setVariable(ASK_BY, request.askBy().name());
        // the message to the customer asks the agent's question; the answer comes back to them
        execution.setVariable(INFORMATION_NEEDED, request.needed());
        execution.setVariable(INFORMATION_ASKED_BY, request.askedBy());
        if (request.calls() != null) {
            execution.setVariable(CALL_ATTEMPTS, 0);
            execution.setVariable(MAX_CALL_ATTEMPTS, request.calls().attempts());
            execution.setVariable(CALL_RETRY_AFTER, request.calls().retryAfter().toString());
        }
        transitions.inPlace(execution, CaseEvent.INFORMATION_REQUESTED);
    }
}
