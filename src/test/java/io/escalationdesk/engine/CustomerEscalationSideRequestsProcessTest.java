package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.StatusUpdate;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Side requests from a task of CustomerEscalation.bpmn that leave the case where it is: asking
 * an expert and granting goodwill.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationSideRequestsProcessTest extends CustomerEscalationProcessTestSupport {

    @Test
    void anAgentWhoAsksAnExpertKeepsTheCaseAndItsSla() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        claim(task(), "tier1-agent");
        Date due = (Date) runtime.getVariable(escalation.getId(), SLA_DUE_AT);

        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "ASK_EXPERT", EXPERT_GROUP, "TIER2", QUESTION, "Was the October refund booked?"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).isAssignedTo("tier1-agent").hasDefinitionKey(TASK_RESOLVE_CASE);
        Assertions.assertThat(runtime.getVariable(escalation.getId(), SLA_DUE_AT))
                .isEqualTo(due);
        Assertions.assertThat((String) runtime.getVariable(escalation.getId(), CONSULT_ANSWERS))
                .isEqualTo("Tier 2 agents, asked by tier1-agent: Was the October refund booked? "
                        + "(waiting for the answer)");
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.CONSULT_ASKED,
                        "tier1-agent",
                        "Asked Tier 2 agents, keeping the case: Was the October refund booked?");
        Assertions.assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(escalation.getBusinessKey())
                        .processDefinitionKey(ExpertConsultProcess.PROCESS_KEY)
                        .count())
                .isOne();
    }

    @Test
    void aQuestionWithoutItsGroupIsRefused() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "ASK_EXPERT", QUESTION, "Who knows?")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(EXPERT_GROUP);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void theBillingBackOfficeAsksAnExpertWithoutForwardingTheCaseAgain() {
        ProcessInstance escalation = start(caseData(TRIGGER, "BILLING_DISPUTE", CATEGORY, "BILLING"));
        execute(job());
        completeAs("tier1-agent", Map.of(OUTCOME, "HAND_OFF", REASON, "Disputed invoice 4711"));
        execute(job());
        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        long forwarded = requestsFor(escalation.getBusinessKey());

        completeAs(
                "billing-agent",
                Map.of(
                        OUTCOME,
                        "ASK_EXPERT",
                        EXPERT_GROUP,
                        "TECHNICAL",
                        QUESTION,
                        "Did the line fault cause the second charge?"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_BILLING_ISSUE);
        assertThat(task()).isAssignedTo("billing-agent");
        Assertions.assertThat(requestsFor(escalation.getBusinessKey())).isEqualTo(forwarded);
    }

    @Test
    void anAgentWhoGrantsGoodwillKeepsTheCase() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        completeAs(
                "tier1-agent",
                Map.of(
                        OUTCOME,
                        "GRANT_GOODWILL",
                        GOODWILL_KIND,
                        "FEE_WAIVER",
                        GOODWILL_AMOUNT,
                        9.9,
                        GOODWILL_REASON,
                        "Reminder fee sent in error"));

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).isAssignedTo("tier1-agent");
        Assertions.assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(escalation.getBusinessKey())
                        .processDefinitionKey(GoodwillApprovalProcess.PROCESS_KEY)
                        .count())
                .isOne();
        Assertions.assertThat(runtime.getVariables(escalation.getId()))
                .doesNotContainKeys(GOODWILL_KIND, GOODWILL_AMOUNT, GOODWILL_REASON);
    }
}
