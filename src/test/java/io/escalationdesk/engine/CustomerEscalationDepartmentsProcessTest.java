package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.LocalHttpService;
import io.escalationdesk.billing.BillingHandoffs;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.StatusUpdate;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hand-offs of CustomerEscalation.bpmn to a department: the billing back office (through the
 * app's billing worker, against a billing system on a local port; returned, resolved, retried
 * after an incident, delivered again) and the technical department.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationDepartmentsProcessTest extends CustomerEscalationProcessTestSupport {

    @Autowired
    ExternalTaskService externalTasks;

    @Autowired
    ExternalTaskClient worker;

    @Autowired
    BillingHandoffs billingHandoffs;

    @Test
    void billingDisputeIsHandedOffToTheBillingBackOfficeAndReturned() {
        ProcessInstance escalation = start(caseData(TRIGGER, "BILLING_DISPUTE", CATEGORY, "BILLING"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);

        completeAs("tier1-agent", Map.of(OUTCOME, "HAND_OFF", REASON, "Disputed invoice 4711"));
        execute(job());

        // the app's billing worker fetches the external task over /engine-rest and completes it
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        assertThat(escalation).hasPassed(TASK_HAND_OFF_TO_BILLING);
        assertThat(task()).hasCandidateGroup("billing");
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event)
                .containsSubsequence(CaseEvent.HANDED_OFF, CaseEvent.FORWARDED_TO_BILLING);

        completeAs("billing-agent", Map.of(OUTCOME, "RETURN", REASON, "Credit note issued"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);

        completeAs("tier1-agent", RESOLVED_OUTCOME);
        execute(job());
        assertThat(escalation).isEnded();
        Assertions.assertThat(outboxOf(escalation))
                .containsExactly("ROUTED:TIER1", "HANDED_OFF:BILLING", "RETURNED:TIER1", "RESOLVED:CLOSED");
    }

    @Test
    void billingBackOfficeResolvesTheCase() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_BILLING_ISSUE, Level.BILLING, Level.TIER1);

        completeAs("billing-agent", RESOLVED_OUTCOME);
        execute(job());

        assertThat(escalation).isEnded();
    }

    @Test
    void technicalFaultIsHandedOffToTheTechnicalDepartment() {
        ProcessInstance escalation = start(caseData(TRIGGER, "TECHNICAL_FAULT", CATEGORY, "TECHNICAL"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);

        completeAs("tier2-agent", Map.of(OUTCOME, "HAND_OFF", REASON, "Line fault"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_TECHNICAL_ISSUE);
        assertThat(task()).hasCandidateGroup("technical");

        completeAs("technical-agent", RESOLVED_OUTCOME);
        execute(job());
        assertThat(escalation).isEnded();
    }

    @Test
    void handOffWithoutAPolicyDepartmentIsRefused() {
        startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "HAND_OFF")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("department");
    }

    @Test
    void billingWorkerForwardsTheCaseAndKeepsTheBillingReference() {
        ProcessInstance escalation = handOffToBilling();

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));

        String caseNumber = escalation.getBusinessKey();
        var request = billingSystem.requests().stream()
                .filter(received -> received.body().contains(caseNumber))
                .toList();
        Assertions.assertThat(request).singleElement().satisfies(received -> {
            Assertions.assertThat(received.body()).contains("\"customerId\":\"C-2002\"", "\"category\":\"BILLING\"");
            Assertions.assertThat(received.idempotencyKey()).isNotBlank();
        });
        String reference = (String) runtime.getVariable(escalation.getId(), BILLING_REFERENCE);
        Assertions.assertThat(reference).startsWith("BILL-");
        Assertions.assertThat(timeline.of(caseNumber))
                .filteredOn(update -> update.event() == CaseEvent.FORWARDED_TO_BILLING)
                .singleElement()
                .extracting(StatusUpdate::reason)
                .isEqualTo("Forwarded to the billing system, reference " + reference);
    }

    @Test
    void unreachableBillingSystemBecomesAnIncidentAndAnOperatorRetryForwardsOnce() {
        billingSystem.failWith(503);
        ProcessInstance escalation = handOffToBilling();
        String caseNumber = escalation.getBusinessKey();

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> incidentOf(escalation) != null);
        Incident incident = incidentOf(escalation);
        Assertions.assertThat(incident.getIncidentMessage()).startsWith("Billing system failed: 503");
        Assertions.assertThat(requestsFor(caseNumber)).isEqualTo(3); // first try and two retries
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .doesNotContain(CaseEvent.FORWARDED_TO_BILLING);

        billingSystem.recover();
        externalTasks.setRetries(incident.getConfiguration(), 1);

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        Assertions.assertThat(requestsFor(caseNumber)).isEqualTo(4);
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .containsOnlyOnce(CaseEvent.FORWARDED_TO_BILLING);
    }

    @Test
    void aHandOffDeliveredAgainBecauseTheWorkerDiedBeforeCompletingItIsRecordedOnce() {
        String dyingWorker = "billing-worker-that-dies";
        worker.stop();
        ProcessInstance escalation;
        String delivered;
        try {
            escalation = handOffToBilling();
            delivered = externalTasks
                    .fetchAndLock(1, dyingWorker)
                    .topic(CustomerEscalationProcess.BILLING_HANDOFF_TOPIC, 1_000)
                    .execute()
                    .get(0)
                    .getId();
            // the billing system answers, and the worker dies before it completes the task
            billingHandoffs.handOff(
                    new BillingHandoffs.Handoff(
                            escalation.getBusinessKey(), "C-2002", "BILLING", "HIGH", "Invoice 4711 charged twice"),
                    delivered);
        } finally {
            worker.start();
        }

        Awaitility.await().atMost(WORKER_PATIENCE).until(() -> isWaitingAt(escalation, TASK_RESOLVE_BILLING_ISSUE));
        String caseNumber = escalation.getBusinessKey();
        Assertions.assertThat(billingSystem.requests())
                .filteredOn(request -> request.body().contains(caseNumber))
                .extracting(LocalHttpService.Request::idempotencyKey)
                .hasSize(2)
                .containsOnly(delivered);
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .containsOnlyOnce(CaseEvent.FORWARDED_TO_BILLING);
    }

    private ProcessInstance handOffToBilling() {
        Map<String, Object> billingCase = Map.of(
                CUSTOMER_ID, "C-2002",
                CUSTOMER_EMAIL, "max@example.com",
                CATEGORY, "BILLING",
                PRIORITY, "HIGH",
                DESCRIPTION, "Invoice 4711 charged twice");
        return runtime.createProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY)
                .businessKey(recordOf(billingCase, Level.BILLING))
                .setVariables(billingCase)
                .setVariables(Map.of(
                        DEPARTMENT, "BILLING", LEVEL, "BILLING", HAND_OFF_LEVEL, "TIER1", "departmentSla", "PT20H"))
                .setVariables(slaClockOf(Duration.ofHours(20)))
                .startBeforeActivity(TASK_HAND_OFF_TO_BILLING)
                .execute();
    }

    private Incident incidentOf(ProcessInstance escalation) {
        return runtime.createIncidentQuery()
                .processInstanceId(escalation.getId())
                .singleResult();
    }
}
