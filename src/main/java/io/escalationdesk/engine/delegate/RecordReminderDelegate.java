package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.REPLY_DUE_AT;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.TimelineWriter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer has not replied yet: the reminder goes on the timeline, then to the customer. */
@Component("recordReminder")
class RecordReminderDelegate implements JavaDelegate {

    private final CaseTransitions transitions;
    private final SlaClock slaClock;
    private final TimelineWriter timeline;

    RecordReminderDelegate(CaseTransitions transitions, SlaClock slaClock, TimelineWriter timeline) {
        this.transitions = transitions;
        this.slaClock = slaClock;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transitions.inPlace(execution, CaseEvent.REMINDER);
        timeline.reminded(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                slaClock.local(execution, VariableReads.instant(execution, REPLY_DUE_AT)));
    }
}
