package io.escalationdesk.conversation;

import io.escalationdesk.cases.CaseQuery;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Finds the case a customer's message belongs to. A mail climbs a fixed ladder, and the first
 * rung that holds decides:
 * <ol>
 *   <li>our signed token, in a Message-ID the mail answers or in the reply address it went to;
 *   <li>In-Reply-To or References naming a mail of a case, ours or the customer's (an answer
 *       to a mail we sent our staff is parked);
 *   <li>a case number in the subject, only when the sender is that case's customer and our mail
 *       server proved the From address: a stranger who names a number, or forges the
 *       customer's address, is never let into somebody else's case;
 *   <li>otherwise a new case.
 * </ol>
 * An SMS or WhatsApp message belongs to the case of the customer with that number, a chat message
 * to the case the handle wrote about before.
 */
@Component
class Threading {

    /**
     * Where the ladder placed a message: a case, or none for a new one, and what matched; or why
     * it must touch no case.
     */
    record Placement(String caseNumber, ThreadedBy by, String detail, ParkedReason parked) {

        static final Placement NEW = new Placement(null, ThreadedBy.NEW, null, null);

        Placement(String caseNumber, ThreadedBy by, String detail) {
            this(caseNumber, by, detail, null);
        }
    }

    /** What may be a case number: letters and digits joined by hyphens (ESC-2026-000123). */
    private static final Pattern CASE_NUMBER_IN_SUBJECT = Pattern.compile("\\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\\b");

    /** Words of a subject looked up as case numbers, at most: a subject names one case. */
    private static final int SUBJECT_CANDIDATES = 10;

    private final ThreadTokens tokens;
    private final MailThreads threads;
    private final CaseRecords records;
    private final InboundMessages messages;

    Threading(ThreadTokens tokens, MailThreads threads, CaseRecords records, InboundMessages messages) {
        this.tokens = tokens;
        this.threads = threads;
        this.records = records;
        this.messages = messages;
    }

    Placement place(InboundMessage message) {
        return switch (message.channel()) {
            case EMAIL ->
                byToken(message)
                        .or(() -> threads.caseOf(message.references()).map(Threading::byReference))
                        .or(() -> bySubject(message))
                        .orElse(Placement.NEW);
            case SMS, WHATSAPP ->
                byPhone(message.sender()).or(() -> byEarlierMessage(message)).orElse(Placement.NEW);
            case CHAT -> byEarlierMessage(message).orElse(Placement.NEW);
        };
    }

    private Optional<Placement> byToken(InboundMessage message) {
        return message.references().stream()
                .flatMap(id -> tokens.caseOfMessageId(id).stream()
                        .map(caseNumber -> new Placement(caseNumber, ThreadedBy.TOKEN, id)))
                .findFirst()
                .or(() -> message.recipients().stream()
                        .flatMap(address -> tokens.caseOfAddress(address).stream()
                                .map(caseNumber -> new Placement(caseNumber, ThreadedBy.TOKEN, address)))
                        .findFirst())
                .filter(placement -> records.find(placement.caseNumber()).isPresent());
    }

    /** An answer to a mail we sent our staff is theirs, not the customer's. */
    private static Placement byReference(MailThreads.Match match) {
        return new Placement(
                match.caseNumber(),
                ThreadedBy.REFERENCES,
                match.messageId(),
                match.kind() == MailThreads.Kind.TO_STAFF ? ParkedReason.STAFF_THREAD : null);
    }

    private Optional<Placement> bySubject(InboundMessage message) {
        if (message.subject() == null || !message.senderProven()) {
            return Optional.empty();
        }
        String sender = CaseRecord.normalizeEmail(message.sender());
        return CASE_NUMBER_IN_SUBJECT
                .matcher(message.subject())
                .results()
                .flatMap(found -> Stream.of(found.group(), found.group().toUpperCase(Locale.ROOT)))
                .distinct()
                .limit(SUBJECT_CANDIDATES)
                .flatMap(caseNumber -> records.find(caseNumber).stream())
                .filter(record -> sender != null && sender.equals(record.customerEmail()))
                .map(record -> new Placement(record.caseNumber(), ThreadedBy.SUBJECT, record.caseNumber()))
                .findFirst();
    }

    /** The customer's open case with this number, else their latest one. */
    private Optional<Placement> byPhone(String phone) {
        return Stream.of(CaseStatus.OPEN, null)
                .flatMap(status -> records
                        .search(new CaseQuery(
                                null,
                                null,
                                null,
                                phone,
                                null,
                                status,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                0,
                                1,
                                "openedAt",
                                true,
                                null))
                        .items()
                        .stream())
                .findFirst()
                .map(record -> new Placement(record.caseNumber(), ThreadedBy.SENDER, phone));
    }

    private Optional<Placement> byEarlierMessage(InboundMessage message) {
        return messages.lastCaseOf(message.channel(), message.sender())
                .map(caseNumber -> new Placement(caseNumber, ThreadedBy.SENDER, message.sender()));
    }

    /** How a placement reads on the timeline and the desk. */
    static String reason(ThreadedBy by, String detail) {
        return switch (by) {
            case TOKEN ->
                detail.startsWith("<") ? "answer to our message " + detail : "sent to the case's reply address";
            case REFERENCES -> "answer in the thread of message " + detail;
            case SUBJECT -> "case number in the subject, from the customer's address";
            case SENDER -> "from the customer's number or handle " + detail;
            case NEW -> "named no case";
        };
    }
}
