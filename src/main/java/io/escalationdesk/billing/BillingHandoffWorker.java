package io.escalationdesk.billing;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.cases.CaseTimeline;
import io.escalationdesk.cases.StatusUpdate;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import io.escalationdesk.process.CaseVariables;
import io.escalationdesk.process.CustomerEscalationProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a case to the billing back office: forwards it to the billing system when one is
 * configured, keeps the reference it returns, and records the hand-off on the timeline either
 * way. A failed forward is retried and, after the last retry, becomes an incident in Cockpit.
 */
@Component
@ExternalTaskSubscription(
    topicName = CustomerEscalationProcess.BILLING_HANDOFF_TOPIC,
    variableNames = {CUSTOMER_ID, CATEGORY, PRIORITY, DESCRIPTION})
class BillingHandoffWorker implements ExternalTaskHandler {

  private static final Logger log = LoggerFactory.getLogger(BillingHandoffWorker.class);

  private final BillingSystem billingSystem;
  private final BillingProperties properties;
  private final CaseTimeline timeline;
  private final Clock clock;

  BillingHandoffWorker(
      BillingSystem billingSystem, BillingProperties properties, CaseTimeline timeline, Clock clock) {
    this.billingSystem = billingSystem;
    this.properties = properties;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Optional<String> reference;
    try {
      reference = billingSystem.isConfigured()
          ? billingSystem.forward(handoffOf(task), task.getId())
          : Optional.empty();
    } catch (RuntimeException e) {
      retryLater(task, service, e);
      return;
    }
    timeline.record(new StatusUpdate(
        task.getBusinessKey(),
        clock.instant(),
        CaseVariables.SYSTEM_ACTOR,
        CaseEvent.FORWARDED_TO_BILLING,
        Level.BILLING,
        Level.BILLING,
        reasonOf(reference),
        task.getProcessInstanceId()));
    service.complete(task, reference.<Map<String, Object>>map(ref -> Map.of(BILLING_REFERENCE, ref))
        .orElse(Map.of()));
  }

  private String reasonOf(Optional<String> reference) {
    if (reference.isPresent()) {
      return "Forwarded to the billing system, reference " + reference.get();
    }
    return billingSystem.isConfigured()
        ? "Forwarded to the billing system; it returned no reference"
        : "No billing system configured; the billing back office works the case in its queue";
  }

  private static BillingSystem.Handoff handoffOf(ExternalTask task) {
    return new BillingSystem.Handoff(
        task.getBusinessKey(),
        task.getVariable(CUSTOMER_ID),
        task.getVariable(CATEGORY),
        task.getVariable(PRIORITY),
        task.getVariable(DESCRIPTION));
  }

  private void retryLater(ExternalTask task, ExternalTaskService service, RuntimeException e) {
    int retriesLeft = task.getRetries() == null ? properties.retries() : task.getRetries() - 1;
    log.warn("Billing hand-off of {} failed, {} retries left: {}",
        task.getBusinessKey(), retriesLeft, e.getMessage());
    StringWriter details = new StringWriter();
    e.printStackTrace(new PrintWriter(details));
    service.handleFailure(task, "Billing system failed: " + e.getMessage(), details.toString(),
        Math.max(retriesLeft, 0), properties.retryInterval().toMillis());
  }
}
