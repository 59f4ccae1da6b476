package io.escalationdesk.intake;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a customer's follow-up on the case's timeline. A request for a supervisor escalates a
 * case still with Tier 1 or Tier 2. A contact on a closed case opens a follow-up case (trigger
 * REPEAT_CONTACT, routed by the policy) linked to the closed one, whose history stays as it was.
 */
@Service
public class ContactIntake {

    private static final Logger log = LoggerFactory.getLogger(ContactIntake.class);
    private static final int ATTEMPTS = 3;
    /** The agent's transaction is often still committing: the next attempt waits a moment more. */
    private static final Duration PAUSE = Duration.ofMillis(50);

    private final TransactionTemplate transaction;
    private final CaseRecords records;
    private final TimelineWriter timeline;
    private final EscalationProcess process;
    private final CaseIntake intake;

    ContactIntake(
            TransactionTemplate transaction,
            CaseRecords records,
            TimelineWriter timeline,
            EscalationProcess process,
            CaseIntake intake) {
        this.transaction = transaction;
        this.records = records;
        this.timeline = timeline;
        this.process = process;
        this.intake = intake;
    }

    /**
     * An agent completing the case's task at the same moment can make the contact's transaction
     * fail (the process changed under it, or the database chose it to break a deadlock); it is
     * made again on what is there then, so the customer's contact is not lost to the race.
     */
    public ContactRecorded record(String caseNumber, CustomerContact contact, Caller caller) {
        return record(caseNumber, contact, caller, recorded -> {});
    }

    /**
     * @param alongside what commits with the contact, such as where the customer's message landed;
     *     made again with it
     */
    public ContactRecorded record(
            String caseNumber, CustomerContact contact, Caller caller, Consumer<ContactRecorded> alongside) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recordOnce(caseNumber, contact, caller, alongside);
            } catch (CaseChangedMeanwhile | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e instanceof CaseChangedMeanwhile changed ? changed : new CaseChangedMeanwhile(caseNumber, e);
                }
                log.info(
                        "Contact on {} met a change of the case, attempt {} of {}: {}",
                        caseNumber,
                        attempt,
                        ATTEMPTS,
                        e.toString());
                pause(PAUSE.multipliedBy(attempt), e);
            }
        }
    }

    private static void pause(Duration pause, RuntimeException failed) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed;
        }
    }

    private ContactRecorded recordOnce(
            String caseNumber, CustomerContact contact, Caller caller, Consumer<ContactRecorded> alongside) {
        CaseRecord record = records.find(caseNumber).orElseThrow(() -> new NotFoundException("No case " + caseNumber));
        if (record.status() == CaseStatus.CLOSED) {
            return transaction.execute(status -> {
                CaseRecord followUp = intake.openFollowUp(followUpOf(record, contact), caseNumber, caller)
                        .record();
                recordContact(record, contact, caller, followUp.caseNumber());
                return andAlongside(
                        new ContactRecorded(followUp.caseNumber(), followUp.level(), false, caseNumber), alongside);
            });
        }
        return transaction.execute(status -> {
            recordContact(record, contact, caller, null);
            if (!process.customerReplied(caseNumber, caller.userId()) && caller.isCustomer()) {
                process.customerWrote(caseNumber);
            }
            boolean escalated = contact.askedForSupervisor()
                    && process.customerAskedForSupervisor(caseNumber, contact.note(), caller.userId());
            CaseRecord now = records.find(caseNumber).orElseThrow();
            return andAlongside(new ContactRecorded(caseNumber, now.level(), escalated, null), alongside);
        });
    }

    private static ContactRecorded andAlongside(ContactRecorded recorded, Consumer<ContactRecorded> alongside) {
        alongside.accept(recorded);
        return recorded;
    }

    private void recordContact(CaseRecord record, CustomerContact contact, Caller caller, String followUpCaseNumber) {
        timeline.customerContacted(
                new CaseRef(
                        record.caseNumber(),
                        records.processInstanceOf(record.caseNumber()).orElse(null)),
                record.level(),
                caller.userId(),
                contact.channel(),
                contact.askedForSupervisor(),
                contact.note(),
                followUpCaseNumber);
    }

    private static NewCase followUpOf(CaseRecord closed, CustomerContact contact) {
        return new NewCase(
                closed.customerId(),
                closed.customerName(),
                closed.customerEmail(),
                closed.customerPhone(),
                closed.preferredContactChannel(),
                contact.channel(),
                closed.category(),
                closed.priority(),
                contact.askedForSupervisor() ? Trigger.CUSTOMER_REQUESTED_SUPERVISOR : Trigger.REPEAT_CONTACT,
                closed.customerSegment(),
                "Follow-up of " + closed.caseNumber() + ": " + contact.note(),
                closed.externalReference(),
                closed.language(),
                closed.notificationOptOut());
    }
}
