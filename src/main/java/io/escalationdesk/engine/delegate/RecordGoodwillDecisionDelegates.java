package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.delegate.Refusals.refusing;
import static io.escalationdesk.engine.process.GoodwillApprovalProcess.Variables.DECISION_NOTE;

import io.escalationdesk.goodwill.Goodwill;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
        return execution -> decide(
                execution,
                caseGoodwill,
                () -> goodwill.approved(
                        CaseGoodwill.goodwillId(execution),
                        VariableReads.actor(execution),
                        VariableReads.string(execution, DECISION_NOTE)));
    }

    @Bean
    JavaDelegate recordGoodwillRejection(Goodwill goodwill, CaseGoodwill caseGoodwill) {
        return execution -> decide(
                execution,
                caseGoodwill,
                () -> goodwill.rejected(
                        CaseGoodwill.goodwillId(execution),
                        VariableReads.actor(execution),
                        VariableReads.string(execution, DECISION_NOTE)));
    }

    private static void decide(DelegateExecution execution, CaseGoodwill caseGoodwill, Runnable decision) {
        refusing(decision);
        caseGoodwill.showInCase(execution.getProcessBusinessKey());
    }
}
