package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_DUE_AT;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_TARGET;

import io.escalationdesk.move.CaseMoves;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nobody took the case in time: the timeline says so; the resolution target still runs. */
@Component("recordMissedFirstResponse")
class RecordMissedFirstResponseDelegate implements JavaDelegate {

    private final SlaClock slaClock;
    private final CaseMoves moves;

    RecordMissedFirstResponseDelegate(SlaClock slaClock, CaseMoves moves) {
        this.slaClock = slaClock;
        this.moves = moves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        moves.firstResponseMissed(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                VariableReads.duration(execution, FIRST_RESPONSE_TARGET),
                slaClock.local(execution, VariableReads.instant(execution, FIRST_RESPONSE_DUE_AT)));
    }
}
