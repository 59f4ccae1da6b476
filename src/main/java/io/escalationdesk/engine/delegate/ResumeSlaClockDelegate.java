package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.INFORMATION_ASKED_BY;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.INFORMATION_NEEDED;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.KEPT_BY;

import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer replied, or the outbound team could not reach them: the SLA clock runs on and the
 * level's task comes back, to the agent who asked.
 */
@Component("resumeSlaClock")
class ResumeSlaClockDelegate implements JavaDelegate {

    private final SlaClock slaClock;
    private final CaseTransitions transitions;
    private final Timeline timeline;

    ResumeSlaClockDelegate(SlaClock slaClock, CaseTransitions transitions, Timeline timeline) {
        this.slaClock = slaClock;
        this.transitions = transitions;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var paused = slaClock.resume(execution);
        transitions.inPlace(execution, CaseEvent.SLA_RESUMED);
        boolean wrongNumber = CallOutcome.WRONG_NUMBER
                == VariableReads.optional(
                        execution, CustomerEscalationProcess.Variables.CALL_OUTCOME, CallOutcome.class);
        execution.removeVariable(CustomerEscalationProcess.Variables.CALL_OUTCOME);
        String askedBy = VariableReads.string(execution, INFORMATION_ASKED_BY);
        if (askedBy != null) {
            execution.setVariable(KEPT_BY, askedBy);
        }
        execution.removeVariable(INFORMATION_ASKED_BY);
        execution.removeVariable(INFORMATION_NEEDED);
        timeline.slaResumed(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.actor(execution),
                paused,
                slaClock.local(execution, slaClock.dueAt(execution)),
                !wrongNumber);
    }
}
