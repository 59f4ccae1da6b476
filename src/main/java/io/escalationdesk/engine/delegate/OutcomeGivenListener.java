package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.AGENT_KEEPS_CASE;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.LESSON;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.OUTCOME;

import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A level's task ended with an outcome (the agent's, or the customer's request for a supervisor):
 * the outcome is one we know, a lesson comes only with an outcome that takes one, and the
 * gateways learn from the domain whether the agent keeps the case. In the completion's
 * transaction, so a refusal refuses the completion.
 */
@Component("outcomeGiven")
class OutcomeGivenListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Outcome outcome = VariableReads.required(execution, OUTCOME, Outcome.class);
        String lesson = VariableReads.string(execution, LESSON);
        boolean keepsCase = refusing(() -> EscalationLadder.keepsCase(outcome, lesson));
        // transient: the gateway reads it in this transaction; stored, it cost every completion a history row
        execution.setVariable(AGENT_KEEPS_CASE, Variables.booleanValue(keepsCase, true));
    }
}
