package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.move.InformationRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every call to the customer, counted and on the timeline. Runs in the call task's completion
 * transaction, so a call without its outcome, or reached without the answer, refuses it.
 */
@Component("recordCall")
class RecordCallDelegate implements JavaDelegate {

    private final InformationRequests requests;

    RecordCallDelegate(InformationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CallOutcome outcome = VariableReads.required(execution, CALL_OUTCOME, CallOutcome.class);
        int call = refusing(() -> requests.called(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.actor(execution),
                outcome,
                VariableReads.string(execution, CALL_NOTE),
                (Integer) execution.getVariable(CALL_ATTEMPTS),
                new InformationRequests.Calls(
                        (Integer) execution.getVariable(MAX_CALL_ATTEMPTS),
                        VariableReads.duration(execution, CALL_RETRY_AFTER)),
                VariableReads.string(execution, INFORMATION_ASKED_BY)));
        execution.setVariable(CALL_ATTEMPTS, call);
        execution.removeVariable(CALL_NOTE);
    }
}
