package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.HELD_BY_PARTNER;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.staff.StaffGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The queue of a level's task: the level's own group ({@link Level#candidateGroup()}, the one place
 * that names it), or the partner team that has the case at that level. The diagram's tasks name
 * the level, never a group: {@code ${queue.of(execution, 'TIER2')}}; public, for the engine's
 * expression language. The outbound team, no level, has its queue here too:
 * {@code ${queue.outboundCalls()}}.
 */
@Component("queue")
public class LevelQueue {

    public String of(DelegateExecution execution, String level) {
        String partner = VariableReads.string(execution, HELD_BY_PARTNER);
        return partner == null ? Level.valueOf(level).candidateGroup() : Partners.groupOf(partner);
    }

    /** The outbound team's queue: the calls to customers a waiting case needs. */
    public String outboundCalls() {
        return StaffGroup.OUTBOUND.id();
    }
}
