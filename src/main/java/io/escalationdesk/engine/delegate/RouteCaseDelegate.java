package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.AVOIDABLE;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.ENTRY_LEVEL;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.POLICY_RULE;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.SLA_CALENDAR;

import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends a new case to the entry level the escalation policy chose. */
@Component("routeCase")
class RouteCaseDelegate implements JavaDelegate {

    private final CaseTransitions transitions;
    private final Timeline timeline;

    RouteCaseDelegate(CaseTransitions transitions, Timeline timeline) {
        this.transitions = transitions;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var transition = EscalationLadder.entry(VariableReads.required(execution, ENTRY_LEVEL, Level.class));
        transitions.apply(execution, transition);
        timeline.routed(
                VariableReads.ref(execution),
                transition,
                VariableReads.department(execution),
                Boolean.TRUE.equals(execution.getVariable(AVOIDABLE)),
                VariableReads.string(execution, POLICY_RULE),
                VariableReads.string(execution, SLA_CALENDAR));
    }
}
