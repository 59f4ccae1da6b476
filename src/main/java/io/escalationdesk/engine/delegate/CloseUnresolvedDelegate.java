package io.escalationdesk.engine.delegate;

import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No reply after the reminder: the case closes unresolved, as the customer was told. */
@Component("closeUnresolved")
class CloseUnresolvedDelegate implements JavaDelegate {

    private final CaseTransitions transitions;
    private final SlaClock slaClock;
    private final Timeline timeline;
    private final CaseConsults consults;

    CloseUnresolvedDelegate(CaseTransitions transitions, SlaClock slaClock, Timeline timeline, CaseConsults consults) {
        this.transitions = transitions;
        this.slaClock = slaClock;
        this.timeline = timeline;
        this.consults = consults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        slaClock.resume(execution); // the wait is over: it counts into the case's paused time
        var transition = EscalationLadder.closedUnresolved(VariableReads.level(execution));
        transitions.apply(execution, transition);
        timeline.closedUnresolved(VariableReads.ref(execution), transition);
        consults.withdrawOpen(execution.getProcessBusinessKey());
    }
}
