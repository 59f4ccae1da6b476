package io.escalationdesk.intake;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.CaseTimeline;
import io.escalationdesk.cases.StatusUpdate;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.process.CaseMessages;
import io.escalationdesk.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a customer's follow-up on the case's timeline. A request for a supervisor escalates a
 * case still with Tier 1 or Tier 2. A contact on a closed case opens a follow-up case (trigger
 * REPEAT_CONTACT, routed by the policy) linked to the closed one, whose history stays as it was.
 */
@Service
class ContactIntake {

  private final TransactionTemplate transaction;
  private final CaseRecords records;
  private final CaseTimeline timeline;
  private final CaseMessages messages;
  private final CaseIntake intake;
  private final Clock clock;

  ContactIntake(TransactionTemplate transaction, CaseRecords records, CaseTimeline timeline,
      CaseMessages messages, CaseIntake intake, Clock clock) {
    this.transaction = transaction;
    this.records = records;
    this.timeline = timeline;
    this.messages = messages;
    this.intake = intake;
    this.clock = clock;
  }

  ContactRecorded record(
      String caseNumber, CustomerContact contact, String userId, List<String> groups) {
    CaseRecord record = records.find(caseNumber)
        .orElseThrow(() -> new NotFoundException("No case " + caseNumber));
    if (record.status() == CaseStatus.CLOSED) {
      return transaction.execute(status -> {
        CaseRecord followUp = intake.open(followUpOf(record, contact), caseNumber, null, userId,
            groups).record();
        recordContact(record, contact, userId,
            "; follow-up case " + followUp.caseNumber() + " opened");
        return new ContactRecorded(followUp.caseNumber(), followUp.level(), false, caseNumber);
      });
    }
    return transaction.execute(status -> {
      recordContact(record, contact, userId, "");
      messages.customerReplied(caseNumber, userId);
      boolean escalated = contact.askedForSupervisor()
          && messages.customerAskedForSupervisor(caseNumber, contact.note(), userId);
      CaseRecord now = records.find(caseNumber).orElseThrow();
      return new ContactRecorded(caseNumber, now.level(), escalated, null);
    });
  }

  private void recordContact(CaseRecord record, CustomerContact contact, String userId,
      String outcome) {
    timeline.record(new StatusUpdate(
        record.caseNumber(),
        clock.instant(),
        userId,
        CaseEvent.CUSTOMER_CONTACTED,
        record.level(),
        record.level(),
        contact.channel() + (contact.askedForSupervisor() ? ", asked for a supervisor" : "")
            + ": " + contact.note() + outcome,
        records.processInstanceOf(record.caseNumber()).orElse(null)));
  }

  private static CaseIntakeRequest followUpOf(CaseRecord closed, CustomerContact contact) {
    return new CaseIntakeRequest(closed.customerId(), closed.customerName(),
        closed.customerEmail(), closed.customerPhone(), closed.preferredContactChannel(),
        contact.channel(), closed.category(), closed.priority(),
        contact.askedForSupervisor() ? Trigger.CUSTOMER_REQUESTED_SUPERVISOR : Trigger.REPEAT_CONTACT,
        closed.customerSegment(), "Follow-up of " + closed.caseNumber() + ": " + contact.note(),
        closed.externalReference(), closed.language(), closed.notificationOptOut());
  }
}
