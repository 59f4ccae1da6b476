package io.escalationdesk.billing;

import static io.escalationdesk.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.cases.CaseTimeline;
import io.escalationdesk.cases.StatusUpdate;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CustomerEscalationProcess;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The app's billing-handoff worker, fetching over /engine-rest, against a local billing system. */
@EscalationDeskTest
class BillingHandoffWorkerTest {

  private static final AtomicInteger cases = new AtomicInteger();
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired RuntimeService runtime;
  @Autowired ExternalTaskService externalTasks;
  @Autowired CaseTimeline timeline;

  private final LocalBillingSystem billingSystem = LocalBillingSystem.instance();

  @AfterEach
  void billingSystemRecovers() {
    billingSystem.recover();
  }

  @Test
  void forwardsTheCaseAndKeepsTheBillingReference() {
    ProcessInstance escalation = handOffToBilling();

    Awaitility.await().atMost(PATIENCE).until(() -> isWaitingForTheBackOffice(escalation));

    String caseNumber = escalation.getBusinessKey();
    var request = billingSystem.requests().stream()
        .filter(received -> received.body().contains(caseNumber))
        .toList();
    assertThat(request).singleElement().satisfies(received -> {
      assertThat(received.body()).contains("\"customerId\":\"C-2002\"", "\"category\":\"BILLING\"");
      assertThat(received.idempotencyKey()).isNotBlank();
    });
    String reference = (String) runtime.getVariable(escalation.getId(), BILLING_REFERENCE);
    assertThat(reference).startsWith("BILL-");
    assertThat(timeline.of(caseNumber))
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

    Awaitility.await().atMost(PATIENCE).until(() -> incidentOf(escalation) != null);
    Incident incident = incidentOf(escalation);
    assertThat(incident.getIncidentMessage()).startsWith("Billing system failed: 503");
    assertThat(requestsFor(caseNumber)).isEqualTo(3); // first try and two retries
    assertThat(timeline.of(caseNumber)).extracting(StatusUpdate::event)
        .doesNotContain(CaseEvent.FORWARDED_TO_BILLING);

    billingSystem.recover();
    externalTasks.setRetries(incident.getConfiguration(), 1);

    Awaitility.await().atMost(PATIENCE).until(() -> isWaitingForTheBackOffice(escalation));
    assertThat(requestsFor(caseNumber)).isEqualTo(4);
    assertThat(timeline.of(caseNumber)).extracting(StatusUpdate::event)
        .containsOnlyOnce(CaseEvent.FORWARDED_TO_BILLING);
  }

  private ProcessInstance handOffToBilling() {
    return runtime.createProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY)
        .businessKey("ESC-BILLING-" + cases.incrementAndGet() + "-" + System.nanoTime())
        .setVariables(Map.of(
            CUSTOMER_ID, "C-2002",
            CUSTOMER_EMAIL, "max@example.com",
            CATEGORY, "BILLING",
            PRIORITY, "HIGH",
            DESCRIPTION, "Invoice 4711 charged twice",
            DEPARTMENT, "BILLING",
            LEVEL, "BILLING",
            HAND_OFF_LEVEL, "TIER1",
            "departmentSla", "P2D"))
        .startBeforeActivity(TASK_HAND_OFF_TO_BILLING)
        .execute();
  }

  private boolean isWaitingForTheBackOffice(ProcessInstance escalation) {
    return runtime.getActiveActivityIds(escalation.getId()).contains(TASK_RESOLVE_BILLING_ISSUE);
  }

  private Incident incidentOf(ProcessInstance escalation) {
    return runtime.createIncidentQuery().processInstanceId(escalation.getId()).singleResult();
  }

  private long requestsFor(String caseNumber) {
    return billingSystem.requests().stream()
        .filter(request -> request.body().contains(caseNumber))
        .count();
  }
}
