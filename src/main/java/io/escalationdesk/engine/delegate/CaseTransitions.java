package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.move.Move;
import java.time.Clock;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The process variables of a case's course: where it is, what happened last (the customer's
 * message is about it, under its transition number) and the SLA clock of its level. The domain
 * ({@code move.CaseMoves}) makes the move; this maps it onto the process.
 */
@Component
class CaseTransitions {

    private final SlaClock slaClock;
    private final CaseConsults consults;
    private final Clock clock;

    CaseTransitions(SlaClock slaClock, CaseConsults consults, Clock clock) {
        this.slaClock = slaClock;
        this.consults = consults;
        this.clock = clock;
    }

    /**
     * The case moved: a new level, the partner team that has it there, a new SLA clock; once it is
     * closed, no clock and no open question to an expert.
     */
    void apply(DelegateExecution execution, Move move) {
        Transition transition = move.transition();
        execution.setVariable(LEVEL, transition.to().name());
        if (!Objects.equals(move.partner(), VariableReads.string(execution, HELD_BY_PARTNER))) {
            execution.setVariable(HELD_BY_PARTNER, move.partner());
        }
        if (transition.handOffLevel() == null) {
            execution.removeVariable(HAND_OFF_LEVEL);
        } else {
            execution.setVariable(HAND_OFF_LEVEL, transition.handOffLevel().name());
        }
        inPlace(execution, transition.event());
        if (transition.to() == Level.CLOSED) {
            execution.removeVariable(SLA_DUE_AT);
            execution.removeVariable(SLA_WARNING_AT);
            consults.withdrawOpen(execution.getProcessBusinessKey());
        } else {
            slaClock.start(execution, transition.to(), clock.instant());
        }
    }

    /**
     * An event that keeps the case at its level, numbered like a transition so the customer's
     * message about it has its own key.
     */
    void inPlace(DelegateExecution execution, CaseEvent event) {
        execution.setVariable(LAST_EVENT, event.name());
        execution.setVariable(TRANSITION, nextTransitionNumber(execution));
        consumeOutcome(execution);
    }

    /**
     * The agent asked for help (an expert's answer, goodwill) and keeps the case: the level's task
     * comes back to them, its SLA running on.
     */
    void keepWithAgent(DelegateExecution execution, String agent) {
        execution.setVariable(KEPT_BY, agent);
        consumeOutcome(execution);
    }

    /**
     * An outcome is consumed once; the next task must state its own. A resolution's summary stays
     * for its message; any other outcome's goes, so none waits for a later resolution.
     */
    void consumeOutcome(DelegateExecution execution) {
        execution.setVariable(OUTCOME, null);
        execution.removeVariable(REASON);
        execution.removeVariable(RESOLUTION_CODE);
        if (!CaseEvent.RESOLVED.name().equals(execution.getVariable(LAST_EVENT))) {
            execution.removeVariable(RESOLUTION_SUMMARY);
        }
    }

    private static int nextTransitionNumber(DelegateExecution execution) {
        Object current = execution.getVariable(TRANSITION);
        return current == null ? 1 : (Integer) current + 1;
    }
}
