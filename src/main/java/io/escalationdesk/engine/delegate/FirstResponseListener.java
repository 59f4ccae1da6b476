package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.FIRST_RESPONSE_AT;

import io.escalationdesk.move.CaseFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The first agent action on a level's task, claiming or completing it, meets the first response
 * target, and the KPIs count that agent as the one who held the case there; later actions change
 * nothing.
 */
@Component("firstResponse")
class FirstResponseListener implements TaskListener {

    private final CaseFacts facts;
    private final Clock clock;

    FirstResponseListener(CaseFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution.getVariable(FIRST_RESPONSE_AT) == null) {
            Instant now = clock.instant();
            execution.setVariable(FIRST_RESPONSE_AT, Date.from(now));
            facts.firstResponse(
                    execution.getProcessBusinessKey(),
                    task.getAssignee() != null ? task.getAssignee() : VariableReads.actor(execution),
                    now);
        }
    }
}
