package io.escalationdesk.engine.delegate;

import io.escalationdesk.move.CaseMoves;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No reply after the reminder: the case closes unresolved, as the customer was told. */
@Component("closeUnresolved")
class CloseUnresolvedDelegate implements JavaDelegate {

    private final CaseMoves moves;
    private final CaseTransitions transitions;
    private final SlaClock slaClock;

    CloseUnresolvedDelegate(CaseMoves moves, CaseTransitions transitions, SlaClock slaClock) {
        this.moves = moves;
        this.transitions = transitions;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        slaClock.resume(execution); // the wait is over: it counts into the case's paused time
        transitions.apply(execution, moves.closeUnresolved(VariableReads.caseAt(execution)));
    }
}
