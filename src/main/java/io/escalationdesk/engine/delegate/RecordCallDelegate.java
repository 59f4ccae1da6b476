package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * Every call to the customer on the timeline. Reached, the answer is noted and the case runs on;
 * a wrong number goes back to the agent who asked; no answer counts an attempt. Runs in the call
 * task's completion transaction, so a call without its outcome, or reached without the answer,
 * refuses it.
 */
@Component("recordCall")
class RecordCallDelegate implements JavaDelegate {

    private final Timeline timeline;

    RecordCallDelegate(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CallOutcome outcome = VariableReads.required(execution, CALL_OUTCOME, CallOutcome.class);
        String note = VariableReads.string(execution, CALL_NOTE);
        if (outcome != CallOutcome.NO_ANSWER && (note == null || note.isBlank())) {
            throw new NotValidException(CALL_NOTE + ": "
                    + (outcome == CallOutcome.REACHED ? "note what the customer answered" : "note what happened"));
        }
        int attempt = (Integer) execution.getVariable(CALL_ATTEMPTS) + 1;
        execution.setVariable(CALL_ATTEMPTS, attempt);
        execution.removeVariable(CALL_NOTE);
        String askedBy = VariableReads.string(execution, INFORMATION_ASKED_BY);
        timeline.customerCalled(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.actor(execution),
                outcome,
                note,
                attempt,
                (Integer) execution.getVariable(MAX_CALL_ATTEMPTS),
                VariableReads.duration(execution, CALL_RETRY_AFTER),
                askedBy);
    }
}
