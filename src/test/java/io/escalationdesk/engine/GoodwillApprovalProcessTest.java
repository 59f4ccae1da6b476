package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.GoodwillApprovalProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.LocalHttpService;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of GoodwillApproval.bpmn, requested as Tasklist requests it: Tier 1 completes its
 * task with "Grant goodwill" on a standard customer's billing concern (Tier 1 may credit 20 EUR,
 * Tier 2 100, supervisors 500, management 5,000). The app's worker books it in a billing system
 * on a local port.
 */
@EscalationDeskTest
@Tag("database")
class GoodwillApprovalProcessTest {

    private static final Duration WORKER_PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identity;

    @Autowired
    EngineCases cases;

    @Autowired
    TimelineReader timeline;

    private final LocalHttpService billingSystem = LocalHttpService.BILLING;

    @BeforeEach
    void useSpringsEngine() {
        init(engine);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void goodwillWithinTheAgentsLimitIsBookedAtOnceAndTheAgentKeepsTheCase() {
        String caseNumber = cases.openAtTier1("GOODWILL", Map.of());
        cases.tier1Decides(caseNumber, "GRANT_GOODWILL", credit("15", "Late refund"));
        ProcessInstance goodwill = goodwillOf(caseNumber);

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> ended(goodwill));

        assertThat(goodwill)
                .hasPassed(
                        "Gateway_WithinLimit",
                        TASK_BOOK_GOODWILL,
                        "ServiceTask_RecordGrant",
                        "EndEvent_GoodwillGranted")
                .hasNotPassed(TASK_APPROVE_GOODWILL);
        StatusUpdate granted = last(caseNumber);
        Assertions.assertThat(granted.event()).isEqualTo(CaseEvent.GOODWILL_GRANTED);
        Assertions.assertThat(granted.actor()).isEqualTo("tier1-agent");
        Assertions.assertThat(granted.reason())
                .matches("Credit of 15\\.00 EUR for Late refund; booked "
                        + "by the billing system, reference BILL-\\d+");
        Assertions.assertThat(billingSystem.requests())
                .filteredOn(request ->
                        request.body().contains(caseNumber) && request.body().contains("\"kind\":\"CREDIT\""))
                .singleElement()
                .satisfies(request ->
                        Assertions.assertThat(request.idempotencyKey()).isNotBlank());
        Assertions.assertThat(caseTask(caseNumber).getAssignee()).isEqualTo("tier1-agent");
        Assertions.assertThat(goodwillDecisionsOf(caseNumber))
                .isEqualTo("Credit of 15.00 EUR for Late refund: granted");
    }

    @Test
    void aboveTheLimitTheLowestLevelThatCoversItApprovesAndItIsBooked() {
        String caseNumber = cases.openAtTier1("GOODWILL", Map.of());
        cases.tier1Decides(caseNumber, "GRANT_GOODWILL", credit("80", "Three failed repairs"));
        ProcessInstance goodwill = goodwillOf(caseNumber);
        assertThat(goodwill).isWaitingAt(TASK_APPROVE_GOODWILL);
        assertThat(task(goodwill)).hasCandidateGroup("tier2");
        Assertions.assertThat(last(caseNumber).reason())
                .isEqualTo(
                        "Credit of 80.00 EUR for Three " + "failed repairs; above the Tier 1 limit, Tier 2 approves");

        decideAs("tier2-agent", List.of("tier2"), goodwill, "APPROVE", "Fair, given the repairs");
        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> ended(goodwill));

        assertThat(goodwill).hasPassed("ServiceTask_RecordApproval", "EndEvent_GoodwillGranted");
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .containsSubsequence(
                        CaseEvent.GOODWILL_APPROVAL_ASKED, CaseEvent.GOODWILL_APPROVED, CaseEvent.GOODWILL_GRANTED);
        Assertions.assertThat(last(caseNumber).actor()).isEqualTo("tier2-agent");
    }

    @Test
    void aRejectionTellsTheAgentWhyInTheFormAndOnTheTimeline() {
        String caseNumber = cases.openAtTier1("GOODWILL", Map.of());
        cases.tier1Decides(caseNumber, "GRANT_GOODWILL", credit("80", "Three failed repairs"));
        ProcessInstance goodwill = goodwillOf(caseNumber);

        decideAs("tier2-agent", List.of("tier2"), goodwill, "REJECT", "The repairs were free");

        assertThat(goodwill)
                .hasPassed("ServiceTask_RecordRejection", "EndEvent_GoodwillRejected")
                .isEnded();
        Assertions.assertThat(last(caseNumber))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.GOODWILL_REJECTED,
                        "tier2-agent",
                        "Credit of 80.00 EUR rejected: The repairs were free");
        Assertions.assertThat(goodwillDecisionsOf(caseNumber))
                .isEqualTo("Credit of 80.00 EUR for "
                        + "Three failed repairs: rejected by tier2-agent: The repairs were free");
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        // a supervisor's request above their limit goes to management, whose task they may see
        String caseNumber = cases.openAtTier1(
                "GOODWILL",
                Map.of("trigger", "CUSTOMER_REQUESTED_SUPERVISOR", "customerSegment", "VIP", "category", "GENERAL"));
        String caseTask = caseTask(caseNumber).getId();
        identity.setAuthentication("supervisor", List.of("supervisors"));
        taskService().complete(caseTask, withOutcome(credit("600", "Contract error")));
        identity.clearAuthentication();
        ProcessInstance goodwill = goodwillOf(caseNumber);
        assertThat(task(goodwill)).hasCandidateGroup("management");

        assertThatThrownBy(() -> decideAs("supervisor", List.of("supervisors"), goodwill, "APPROVE", "Mine"))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("nobody decides on goodwill they asked for themselves");
        assertThat(goodwill).isWaitingAt(TASK_APPROVE_GOODWILL);
    }

    @Test
    void goodwillAboveEveryLimitOrIncompleteIsRefused() {
        String caseNumber = cases.openAtTier1("GOODWILL", Map.of());

        assertThatThrownBy(() -> cases.tier1Decides(caseNumber, "GRANT_GOODWILL", credit("9000", "Everything")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("goodwillAmount");
        assertThatThrownBy(() -> cases.tier1Decides(
                        caseNumber, "GRANT_GOODWILL", Map.of("goodwillKind", "EXCEPTION", "goodwillReason", "Why not")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("goodwillException");
        Assertions.assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(PROCESS_KEY)
                        .count())
                .isZero();
    }

    private static Map<String, Object> credit(String amount, String reason) {
        return Map.of("goodwillKind", "CREDIT", "goodwillAmount", Double.valueOf(amount), "goodwillReason", reason);
    }

    private static Map<String, Object> withOutcome(Map<String, Object> goodwill) {
        Map<String, Object> variables = new HashMap<>(goodwill);
        variables.put("outcome", "GRANT_GOODWILL");
        return variables;
    }

    private void decideAs(String user, List<String> groups, ProcessInstance goodwill, String approval, String note) {
        String taskId = task(goodwill).getId();
        identity.setAuthentication(user, groups);
        try {
            taskService().complete(taskId, Map.of("approval", approval, "decisionNote", note));
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessInstance goodwillOf(String caseNumber) {
        return runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PROCESS_KEY)
                .singleResult();
    }

    private boolean ended(ProcessInstance goodwill) {
        return runtimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(goodwill.getId())
                        .count()
                == 0;
    }

    private Task caseTask(String caseNumber) {
        return taskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .singleResult();
    }

    private String goodwillDecisionsOf(String caseNumber) {
        return (String) runtimeService()
                .getVariable(
                        caseTask(caseNumber).getProcessInstanceId(),
                        CustomerEscalationProcess.Variables.GOODWILL_DECISIONS);
    }

    private StatusUpdate last(String caseNumber) {
        List<StatusUpdate> updates = timeline.of(caseNumber);
        return updates.get(updates.size() - 1);
    }
}
