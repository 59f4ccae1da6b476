package io.escalationdesk.conversation;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.conversation.ConversationProperties.NewCaseDefaults;
import io.escalationdesk.conversation.InboundMessages.Pending;
import io.escalationdesk.conversation.Threading.Placement;
import io.escalationdesk.intake.Caller;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.intake.ContactIntake;
import io.escalationdesk.intake.CustomerContact;
import io.escalationdesk.intake.NewCase;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.StaffTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one inbound pipeline, whatever the channel. A message is first stored, once per channel and
 * provider id, with where the threading ladder places it ({@link Threading}); only then is its
 * mailbox or webhook told it arrived. It then lands: on an open case as the customer's contact
 * (a case waiting for them runs on), on a closed case as a follow-up case, or as a new case, each
 * through the one case-opening service. Where it landed commits with what it did to the case, so
 * a message lands once, also when two nodes or a restart take it up again.
 */
@Service
public class CustomerMessages {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessages.class);
    private static final int BATCH = 50;
    private static final int SHOWN_TO_AGENT = 3;
    /** The longest a note on the timeline gets; the message keeps all the customer wrote. */
    private static final int NOTE_LENGTH = 2000;

    private final InboundMessages messages;
    private final Threading threading;
    private final MailThreads threads;
    private final CaseRecords records;
    private final ContactIntake contacts;
    private final CaseIntake intake;
    private final ConversationProperties properties;
    private final TransactionTemplate transaction;
    private final Labels labels;
    private final StaffTime staffTime;
    private final Clock clock;

    CustomerMessages(
            InboundMessages messages,
            Threading threading,
            MailThreads threads,
            CaseRecords records,
            ContactIntake contacts,
            CaseIntake intake,
            ConversationProperties properties,
            TransactionTemplate transaction,
            Labels labels,
            StaffTime staffTime,
            Clock clock) {
        this.staffTime = staffTime;
        this.messages = messages;
        this.threading = threading;
        this.threads = threads;
        this.records = records;
        this.contacts = contacts;
        this.intake = intake;
        this.properties = properties;
        this.transaction = transaction;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * Stores the message unless it is stored already, then lands it. Once this returns, the
     * message is kept: whatever happens to its landing is tried again. A message that comes again
     * before it landed (its node died in between) lands now.
     *
     * @return its id when this call stored it; none when it had come before
     */
    public Optional<Long> receive(InboundMessage message) {
        Placement placement = message.parked() == null ? threading.place(message) : Placement.NEW;
        InboundMessage kept =
                placement.parked() == null ? message : message.parkedBecause(placement.parked(), placement.detail());
        Optional<Long> stored = transaction.execute(status -> messages.store(kept, placement));
        stored.or(() -> messages.notLanded(message.channel(), message.providerId()))
                .filter(id -> kept.parked() == null)
                .ifPresent(this::land);
        return stored;
    }

    /**
     * The customer's latest messages on the case, newest first, one paragraph each with when and
     * how they came: what the agent's task form shows.
     */
    public String latestFor(String caseNumber) {
        List<InboundMessages.Shown> oldestFirst = messages.of(caseNumber);
        List<String> shown = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0 && shown.size() < SHOWN_TO_AGENT; i--) {
            InboundMessages.Shown message = oldestFirst.get(i);
            shown.add(staffTime.format(message.receivedAt()) + " — " + labels.of(message.channel()) + ", "
                    + Threading.reason(message.threadedBy(), message.threadDetail()) + ":\n"
                    + (message.text() == null ? "" : message.text().strip()));
        }
        return shown.isEmpty() ? "none" : String.join("\n\n", shown);
    }

    /** Lands messages whose node died or failed before they landed. */
    @Scheduled(fixedDelayString = "${escalation.conversation.retry-every:PT30S}")
    void landWaiting() {
        messages.waitingSince(clock.instant().minus(properties.retryAfter()), BATCH)
                .forEach(this::land);
    }

    /** Lands a stored message; a failure is counted and, after the last attempt, parks it. */
    void land(long id) {
        try {
            messages.pending(id).ifPresent(this::land);
        } catch (AlreadyLanded e) {
            log.debug("{}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Customer message {} could not land: {}", id, e.toString());
            transaction.executeWithoutResult(status -> messages.failed(id, e.toString(), properties.attempts()));
        }
    }

    private void land(Pending message) {
        Optional<CaseRecord> known = Optional.ofNullable(message.caseNumber()).flatMap(records::find);
        if (known.isEmpty()) {
            openCase(message);
            return;
        }
        if (known.get().status() == CaseStatus.CLOSED && overSenderLimit(message)) {
            return;
        }
        String why = Threading.reason(message.threadedBy(), message.threadDetail());
        contacts.record(
                known.get().caseNumber(),
                new CustomerContact(
                        message.channel().caseChannel,
                        cut(why + ": " + Objects.requireNonNullElse(message.text(), "")),
                        false),
                Caller.CUSTOMER,
                recorded -> {
                    if (!messages.land(
                            message.id(),
                            recorded.followUpOf() == null ? InboundStatus.THREADED : InboundStatus.FOLLOW_UP,
                            recorded.caseNumber(),
                            message.threadedBy(),
                            message.threadDetail())) {
                        throw new AlreadyLanded(message.id());
                    }
                    threadMail(message, recorded.caseNumber());
                });
    }

    /**
     * Idempotent by the message's id: an attempt after one that opened the case but failed to
     * record where the message landed finds that case, and counts no new case against the sender.
     */
    private void openCase(Pending message) {
        String key = "inbound-" + message.id();
        Optional<CaseIntake.Accepted> earlier = intake.openedFor(key);
        if (earlier.isEmpty() && overSenderLimit(message)) {
            return;
        }
        CaseIntake.Accepted accepted = earlier.orElseGet(() -> intake.open(newCaseOf(message), key, Caller.CUSTOMER));
        transaction.executeWithoutResult(status -> {
            messages.land(
                    message.id(), InboundStatus.NEW_CASE, accepted.record().caseNumber(), ThreadedBy.NEW, null);
            threadMail(message, accepted.record().caseNumber());
        });
    }

    private void threadMail(Pending message, String caseNumber) {
        if (message.channel() == InboundChannel.EMAIL) {
            threads.record(message.providerId(), caseNumber, MailThreads.Kind.FROM_CUSTOMER);
        }
    }

    /** Parks the message when its sender opened as many cases this hour as a person would. */
    private boolean overSenderLimit(Pending message) {
        boolean over = messages.casesOpenedBy(message.sender(), clock.instant().minus(Duration.ofHours(1)))
                >= properties.newCasesPerSenderPerHour();
        if (over) {
            transaction.executeWithoutResult(status -> messages.park(
                    message.id(),
                    ParkedReason.SENDER_LIMIT,
                    "more than " + properties.newCasesPerSenderPerHour() + " new cases from " + message.sender()
                            + " within an hour"));
        }
        return over;
    }

    private NewCase newCaseOf(Pending message) {
        NewCaseDefaults defaults = properties.newCaseOn(message.channel());
        boolean byMail = message.replyTo().contains("@");
        String name = message.senderName() == null || message.senderName().isBlank()
                ? message.sender()
                : message.senderName();
        String description = (message.subject() == null ? "" : message.subject() + "\n\n")
                + (message.text() == null ? "" : message.text());
        // a customer id is at most 64 characters; the address itself is kept whole below
        String customerId = message.replyTo().length() <= 64
                ? message.replyTo()
                : message.replyTo().substring(0, 64);
        return new NewCase(
                customerId,
                name,
                byMail ? message.replyTo() : null,
                byMail ? null : message.replyTo(),
                byMail ? ContactChannel.EMAIL : ContactChannel.SMS,
                message.channel().caseChannel,
                defaults.category(),
                defaults.priority(),
                defaults.trigger(),
                defaults.customerSegment(),
                description.isBlank() ? "(no text)" : cut(description),
                null,
                null,
                false);
    }

    private static String cut(String text) {
        return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH - 1) + "…";
    }

    /** Another node landed the message first; this node's work on it is rolled back. */
    private static final class AlreadyLanded extends RuntimeException {
        AlreadyLanded(long id) {
            super("Customer message " + id + " landed meanwhile");
        }
    }
}
