package io.escalationdesk.engine.delegate;

import io.escalationdesk.move.CaseMoves;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a missed SLA, how late in business time, and escalates the case as the system. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

    private final CaseMoves moves;
    private final CaseTransitions transitions;
    private final SlaClock slaClock;

    RecordSlaBreachDelegate(CaseMoves moves, CaseTransitions transitions, SlaClock slaClock) {
        this.moves = moves;
        this.transitions = transitions;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var target = VariableReads.slaOf(execution, VariableReads.level(execution));
        transitions.apply(
                execution, moves.breachSla(VariableReads.caseAt(execution), target, slaClock.lateBy(execution)));
    }
}
