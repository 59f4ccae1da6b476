package io.escalationdesk.notification;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import io.escalationdesk.process.CaseVariables;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the customer's message about the latest transition. Runs as its own job (asyncBefore),
 * so a failure retries this step alone and ends as an incident, never losing the transition.
 */
@Component("notifyCustomer")
class NotifyCustomerDelegate implements JavaDelegate {

  private final NotificationOutbox outbox;
  private final NotificationProperties properties;
  private final Clock clock;

  NotifyCustomerDelegate(
      NotificationOutbox outbox, NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Level level = CaseVariables.level(execution);
    outbox.enqueue(new Notification(
        caseNumber + "#" + execution.getVariable(TRANSITION),
        caseNumber,
        CaseEvent.valueOf(CaseVariables.string(execution, LAST_EVENT)),
        level,
        level.owner(),
        expectedResponseBy(execution, level),
        properties.contact(),
        CaseVariables.string(execution, CUSTOMER_EMAIL),
        CaseVariables.string(execution, CUSTOMER_PHONE)));
  }

  private Instant expectedResponseBy(DelegateExecution execution, Level level) {
    return level == Level.CLOSED ? null : clock.instant().plus(CaseVariables.slaOf(execution, level));
  }
}
