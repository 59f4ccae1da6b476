package io.escalationdesk.engine.delegate;

import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a missed SLA, how late in business time, and escalates the case as the system. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

    private final CaseTransitions transitions;
    private final SlaClock slaClock;
    private final Timeline timeline;

    RecordSlaBreachDelegate(CaseTransitions transitions, SlaClock slaClock, Timeline timeline) {
        this.transitions = transitions;
        this.slaClock = slaClock;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var level = VariableReads.level(execution);
        var target = VariableReads.slaOf(execution, level);
        var lateBy = slaClock.lateBy(execution);
        var transition = EscalationLadder.afterSlaBreach(level, VariableReads.handOffLevel(execution));
        transitions.apply(execution, transition);
        timeline.slaBreached(VariableReads.ref(execution), transition, target, lateBy);
    }
}
