package io.escalationdesk.notification;

import static io.escalationdesk.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import io.escalationdesk.process.CaseVariables;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the customer's message about the latest transition, on their preferred channel (or the
 * one they left an address for). After a move of the case it runs as its own job (asyncBefore),
 * so a failure retries this step alone and ends as an incident, never losing the transition.
 * Asking the customer for information and reminding them queue in the transaction that pauses
 * the clock or fires the reminder, so the case waits for the reply from the same moment.
 */
@Component("notifyCustomer")
class NotifyCustomerDelegate implements JavaDelegate {

  private final NotificationOutbox outbox;
  private final CaseRecords records;
  private final NotificationProperties properties;

  NotifyCustomerDelegate(
      NotificationOutbox outbox, CaseRecords records, NotificationProperties properties) {
    this.outbox = outbox;
    this.records = records;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    CaseEvent event = CaseEvent.valueOf(CaseVariables.string(execution, LAST_EVENT));
    Level level = CaseVariables.level(execution);
    String email = CaseVariables.string(execution, CUSTOMER_EMAIL);
    String phone = CaseVariables.string(execution, CUSTOMER_PHONE);
    ContactChannel preferred = records.find(caseNumber)
        .map(CaseRecord::preferredContactChannel)
        .orElse(ContactChannel.EMAIL);
    outbox.enqueue(new Notification(
        caseNumber,
        (Integer) execution.getVariable(TRANSITION),
        preferred.orOtherReaching(email, phone),
        event,
        level,
        level.owner(),
        quotedTime(execution, event),
        properties.contact(),
        email,
        phone,
        Audience.CUSTOMER));
  }

  /**
   * The SLA due time of the level the case moved to, or, while we wait for the customer, their
   * reply deadline; none once the case is closed.
   */
  private static Instant quotedTime(DelegateExecution execution, CaseEvent event) {
    return CaseVariables.instant(execution,
        event.quotesReplyDeadline() ? REPLY_DUE_AT : SLA_DUE_AT);
  }
}
