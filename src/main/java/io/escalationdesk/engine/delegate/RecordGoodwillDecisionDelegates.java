package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.GoodwillApprovalProcess.Variables.DECISION_NOTE;

import io.escalationdesk.goodwill.Goodwill;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The approver's decision, in the approval task's completion transaction: a decision on one's own
 * request, or a rejection without a reason, refuses the completion.
 */
@Configuration(proxyBeanMethods = false)
class RecordGoodwillDecisionDelegates {

    @Bean
    JavaDelegate recordGoodwillApproval(Goodwill goodwill, CaseGoodwill caseGoodwill) {
        return recording(goodwill::approved, caseGoodwill);
    }

    @Bean
    JavaDelegate recordGoodwillRejection(Goodwill goodwill, CaseGoodwill caseGoodwill) {
        return recording(goodwill::rejected, caseGoodwill);
    }

    /** A decision on a request: its id, who decided, and their note. */
    private interface Decision {
        void record(long goodwillId, String decidedBy, String note);
    }

    private static JavaDelegate recording(Decision decision, CaseGoodwill caseGoodwill) {
        return execution -> {
            refusing(() -> decision.record(
                    CaseGoodwill.goodwillId(execution),
                    VariableReads.actor(execution),
                    VariableReads.string(execution, DECISION_NOTE)));
            caseGoodwill.showInCase(execution.getProcessBusinessKey());
        };
    }
}
