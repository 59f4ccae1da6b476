package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.CALL_OUTCOME;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.INFORMATION_ASKED_BY;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.INFORMATION_NEEDED;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.KEPT_BY;

import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.move.InformationRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer replied, or the outbound team's calls ended: the SLA clock runs on and the level's
 * task comes back, to the agent who asked.
 */
@Component("resumeSlaClock")
class ResumeSlaClockDelegate implements JavaDelegate {

    private final InformationRequests requests;
    private final SlaClock slaClock;
    private final CaseTransitions transitions;

    ResumeSlaClockDelegate(InformationRequests requests, SlaClock slaClock, CaseTransitions transitions) {
        this.requests = requests;
        this.slaClock = slaClock;
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var paused = slaClock.resume(execution);
        transitions.inPlace(execution, CaseEvent.SLA_RESUMED);
        requests.ended(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.actor(execution),
                paused,
                slaClock.local(execution, slaClock.dueAt(execution)),
                VariableReads.optional(execution, CALL_OUTCOME, CallOutcome.class));
        String askedBy = VariableReads.string(execution, INFORMATION_ASKED_BY);
        if (askedBy != null) {
            execution.setVariable(KEPT_BY, askedBy);
        }
        for (String variable : new String[] {CALL_OUTCOME, INFORMATION_ASKED_BY, INFORMATION_NEEDED}) {
            execution.removeVariable(variable);
        }
    }
}
