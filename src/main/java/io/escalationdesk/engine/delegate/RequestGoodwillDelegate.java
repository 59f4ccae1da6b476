package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.goodwill.ExceptionKind;
import io.escalationdesk.goodwill.GoodwillKind;
import io.escalationdesk.goodwill.GoodwillRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The agent grants goodwill and keeps the case: within their limit it is booked, above it the
 * approving level gets the task. Runs in the task's completion transaction, so a request that is
 * incomplete, or above every level's limit, refuses the completion.
 */
@Component("requestGoodwill")
class RequestGoodwillDelegate implements JavaDelegate {

    private final CaseGoodwill goodwill;
    private final CaseTransitions transitions;

    RequestGoodwillDelegate(CaseGoodwill goodwill, CaseTransitions transitions) {
        this.goodwill = goodwill;
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actor = VariableReads.actor(execution);
        refusing(() -> goodwill.request(
                execution,
                GoodwillRequest.of(
                        VariableReads.optional(execution, GOODWILL_KIND, GoodwillKind.class),
                        VariableReads.string(execution, GOODWILL_AMOUNT),
                        VariableReads.optional(execution, GOODWILL_EXCEPTION, ExceptionKind.class),
                        VariableReads.string(execution, GOODWILL_REASON)),
                actor));
        for (String variable : new String[] {GOODWILL_KIND, GOODWILL_AMOUNT, GOODWILL_EXCEPTION, GOODWILL_REASON}) {
            execution.removeVariable(variable);
        }
        transitions.keepWithAgent(execution, actor);
    }
}
