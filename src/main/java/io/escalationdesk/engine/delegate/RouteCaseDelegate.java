package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.AVOIDABLE;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.ENTRY_LEVEL;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.POLICY_RULE;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.SLA_CALENDAR;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.move.CaseMoves;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends a new case to the entry level the escalation policy chose. */
@Component("routeCase")
class RouteCaseDelegate implements JavaDelegate {

    private final CaseMoves moves;
    private final CaseTransitions transitions;

    RouteCaseDelegate(CaseMoves moves, CaseTransitions transitions) {
        this.moves = moves;
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.apply(
                execution,
                moves.route(
                        VariableReads.caseAt(execution),
                        VariableReads.required(execution, ENTRY_LEVEL, Level.class),
                        Boolean.TRUE.equals(execution.getVariable(AVOIDABLE)),
                        VariableReads.string(execution, POLICY_RULE),
                        VariableReads.string(execution, SLA_CALENDAR)));
    }
}
