package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Transition;
import java.time.Clock;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The process variables of a case's course: where it is, what happened last (the customer's
 * message is about it, under its transition number) and the SLA clock of its level. The
 * timeline records the same step; the delegates call both.
 */
@Component
class CaseTransitions {

    private final SlaClock slaClock;
    private final Partners partners;
    private final CaseRecords records;
    private final Clock clock;

    CaseTransitions(SlaClock slaClock, Partners partners, CaseRecords records, Clock clock) {
        this.slaClock = slaClock;
        this.partners = partners;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The case moved: a new level, a new SLA clock (none once closed), and the partner team that
     * has it there, if the policy routed it to one that serves the level.
     */
    void apply(DelegateExecution execution, Transition transition) {
        execution.setVariable(LEVEL, transition.to().name());
        String partner = partners.holding(VariableReads.string(execution, PARTNER), transition.to())
                .orElse(null);
        // the record changes only when the partner does: most cases never have one
        if (!Objects.equals(partner, VariableReads.string(execution, HELD_BY_PARTNER))) {
            execution.setVariable(HELD_BY_PARTNER, partner);
            records.heldBy(execution.getProcessBusinessKey(), partner);
        }
        if (transition.handOffLevel() == null) {
            execution.removeVariable(HAND_OFF_LEVEL);
        } else {
            execution.setVariable(HAND_OFF_LEVEL, transition.handOffLevel().name());
        }
        inPlace(execution, transition.event());
        if (transition.to() == Level.CLOSED) {
            execution.removeVariable(SLA_DUE_AT);
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
