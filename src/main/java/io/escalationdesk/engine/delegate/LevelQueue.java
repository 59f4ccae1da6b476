package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.HELD_BY_PARTNER;

import io.escalationdesk.cases.Partners;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The queue of a level's task: the level's own group, or the partner team that has the case at
 * that level. The diagram's tasks name it: {@code ${queue.of(execution, 'tier2')}}; public, for the
 * engine's expression language.
 */
@Component("queue")
public class LevelQueue {

    public String of(DelegateExecution execution, String levelsGroup) {
        String partner = VariableReads.string(execution, HELD_BY_PARTNER);
        return partner == null ? levelsGroup : Partners.groupOf(partner);
    }
}
