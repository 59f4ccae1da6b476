package io.escalationdesk.notification;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.Labels;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.TimelineWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages about a case. The process queues them in the transaction of the step that moved the
 * case, and the dispatcher delivers them; agents retry one that failed and change how the
 * customer hears from us.
 */
@Service
public class Notifications {

    /** The longest message an agent writes: a mail's worth, several SMS. */
    public static final int MESSAGE_LENGTH = 4000;

    private final NotificationOutbox outbox;
    private final CaseRecords records;
    private final NotificationProperties properties;
    private final TimelineWriter timeline;
    private final Labels labels;
    private final InboundMessages inbound;
    private final AnswerProperties answers;
    private final Partners partners;
    private final Clock clock;

    Notifications(
            NotificationOutbox outbox,
            CaseRecords records,
            NotificationProperties properties,
            TimelineWriter timeline,
            Labels labels,
            InboundMessages inbound,
            AnswerProperties answers,
            Partners partners,
            Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.records = records;
        this.properties = properties;
        this.timeline = timeline;
        this.labels = labels;
        this.inbound = inbound;
        this.answers = answers;
        this.clock = clock;
    }

    /**
     * The customer's message about the case's latest transition, on their preferred channel or the
     * one they left an address for; the addresses are the case record's.
     *
     * @param quotedTime when to expect an answer, or the customer's reply deadline; none once the
     *     case is closed
     * @param agentWords what the agent asks the customer for while the case waits for it, what
     *     they did once it is resolved; none otherwise
     * @param timeZone the zone of the case's business hours, which the customer's times are shown
     *     in; none: the configured one
     */
    public void notifyCustomer(
            String caseNumber,
            int transition,
            CaseEvent event,
            Level level,
            Instant quotedTime,
            String agentWords,
            ZoneId timeZone) {
        CaseRecord record = records.find(caseNumber).orElseThrow();
        outbox.enqueue(toCustomer(
                record,
                String.valueOf(transition),
                preferredChannelOf(record),
                null,
                event,
                level,
                quotedTime,
                timeZone,
                agentWords));
    }

    /**
     * An agent's own message to the customer. It answers on the channel the customer last wrote
     * on, if they wrote within the answer window and we can reach them there (by email in the
     * case's thread, to their WhatsApp number, to their chat handle); otherwise it goes on their
     * preferred channel.
     *
     * @throws InvalidFieldException for an empty or too long text
     */
    @Transactional
    public void messageCustomer(String caseNumber, String text, String actor) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", "must not be blank");
        }
        if (text.length() > MESSAGE_LENGTH) {
            throw new InvalidFieldException("text", "must be at most " + MESSAGE_LENGTH + " characters");
        }
        CaseRecord record = records.find(caseNumber).orElseThrow(() -> new NotFoundException("No case " + caseNumber));
        String occasion = "m" + UUID.randomUUID();
        Notification message = inbound.lastWordOn(caseNumber, clock.instant().minus(answers.window()))
                .filter(lastWord -> reachableOn(record, lastWord))
                .map(lastWord -> toCustomer(
                        record,
                        occasion,
                        lastWord.channel().answeredOn,
                        lastWord.channel().answeredOn.answersOnly() ? lastWord.sender() : null,
                        CaseEvent.CUSTOMER_MESSAGED,
                        record.level(),
                        null,
                        null,
                        text.strip()))
                .orElseGet(() -> toCustomer(
                        record,
                        occasion,
                        preferredChannelOf(record),
                        null,
                        CaseEvent.CUSTOMER_MESSAGED,
                        record.level(),
                        null,
                        null,
                        text.strip()));
        outbox.enqueue(message);
        timeline.customerMessaged(caseNumber, record.level(), actor, message.channel(), text.strip());
    }

    /** By email or SMS only to the case's own address; by WhatsApp or chat once configured. */
    private boolean reachableOn(CaseRecord record, InboundMessages.LastWord lastWord) {
        ContactChannel channel = lastWord.channel().answeredOn;
        return channel.answersOnly()
                ? answers.reaches(channel, lastWord.sender())
                : channel.addressOf(record.customerEmail(), record.customerPhone()) != null;
    }

    private static ContactChannel preferredChannelOf(CaseRecord record) {
        return record.preferredContactChannel().orOtherReaching(record.customerEmail(), record.customerPhone());
    }

    /** @param handle the WhatsApp number or chat handle an answer there goes to */
    private Notification toCustomer(
            CaseRecord record,
            String occasion,
            ContactChannel channel,
            String handle,
            CaseEvent event,
            Level level,
            Instant quotedTime,
            ZoneId timeZone,
            String text) {
        return new Notification(
                record.caseNumber(),
                occasion,
                channel,
                event,
                level,
                record.partner(),
                ownerName(level, record.partner()),
                quotedTime,
                timeZone,
                properties.contact(),
                record.customerEmail(),
                record.customerPhone(),
                handle,
                Audience.CUSTOMER,
                text);
    }

    /** Who has the case as staff name it: the partner team, or the level's queue. */
    private String ownerName(Level level, String partner) {
        return partner == null ? labels.of(level) : partners.nameOf(partner);
    }

    /**
     * An email to the supervisor of the group that has the case, at the address configured for
     * that group; once per event and level the case reaches.
     */
    public void notifySupervisor(String caseNumber, int transition, CaseEvent event, Level level, Instant slaDueAt) {
        String partner = records.partnerOf(caseNumber).orElse(null);
        outbox.enqueue(new Notification(
                caseNumber,
                String.valueOf(transition),
                ContactChannel.EMAIL,
                event,
                level,
                partner,
                ownerName(level, partner),
                slaDueAt,
                null,
                properties.contact(),
                properties.supervisorOf(partner == null ? level.candidateGroup() : Partners.groupOf(partner)),
                null,
                null,
                Audience.SUPERVISOR,
                null));
    }

    /**
     * One more delivery attempt, now, for a message that failed for good.
     *
     * @throws ConflictException unless it is FAILED
     */
    @Transactional
    public NotificationOutbox.Entry retry(String caseNumber, long id, String actor) {
        NotificationOutbox.Entry entry = outbox.find(caseNumber, id)
                .orElseThrow(() -> new NotFoundException("No notification " + id + " on case " + caseNumber));
        if (!outbox.retryFailed(id)) {
            throw new ConflictException("Only a FAILED notification can be retried; this one is " + entry.status());
        }
        timeline.messageRetried(
                caseNumber,
                new TimelineWriter.Message(entry.channel(), entry.recipient(), entry.event(), entry.level()),
                actor);
        return outbox.find(caseNumber, id).orElseThrow();
    }

    /**
     * The customer's channel, language and opt-out, for every message not yet sent.
     *
     * @throws InvalidFieldException when the case has no address on the preferred channel
     */
    @Transactional
    public CaseRecord changePreferences(String caseNumber, NotificationPreferences preferences, String actor) {
        CaseRecord record = records.find(caseNumber).orElseThrow(() -> new NotFoundException("No case " + caseNumber));
        ContactChannel preferred = preferences.preferredContactChannel();
        if (preferred.answersOnly()) {
            throw new InvalidFieldException(
                    "preferredContactChannel",
                    preferred + " carries only answers to the customer's own messages there; choose EMAIL or SMS");
        }
        if (preferred.addressOf(record.customerEmail(), record.customerPhone()) == null) {
            throw new InvalidFieldException("preferredContactChannel", "the case has no address for " + preferred);
        }
        records.updatePreferences(
                caseNumber, preferences.preferredContactChannel(), preferences.language(), preferences.optOut());
        timeline.preferencesChanged(
                caseNumber,
                record.level(),
                actor,
                preferences.preferredContactChannel(),
                preferences.language(),
                preferences.optOut());
        return records.find(caseNumber).orElseThrow();
    }
}
