package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.SLA_TARGET;

import io.escalationdesk.move.CaseMoves;
import io.escalationdesk.sla.SlaCalendars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The warning before a breach: the case keeps its level and its task; the timeline says how
 * much business time is left. "Notify supervisor" follows.
 */
@Component("recordSlaWarning")
class RecordSlaWarningDelegate implements JavaDelegate {

    private final SlaClock slaClock;
    private final SlaCalendars calendars;
    private final CaseMoves moves;

    RecordSlaWarningDelegate(SlaClock slaClock, SlaCalendars calendars, CaseMoves moves) {
        this.slaClock = slaClock;
        this.calendars = calendars;
        this.moves = moves;
    }

    @Override
    public void execute(DelegateExecution execution) {
        moves.slaWarned(
                VariableReads.ref(execution),
                VariableReads.level(execution),
                calendars.warningShare(),
                VariableReads.duration(execution, SLA_TARGET),
                slaClock.left(execution),
                slaClock.local(execution, slaClock.dueAt(execution)));
    }
}
