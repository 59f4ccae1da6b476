package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A message about one transition of a case on one channel: to the customer who has it, by when
 * to expect an answer and how to reach us; to a supervisor, that the case's SLA runs out soon.
 *
 * @param occasion what the message is about: the case's transition number, or the id of a
 *     message an agent wrote; with the case and channel the unique key
 * @param partner the partner team that has the case now; none when the level's own team has it
 * @param owner who has the case as staff name it: the level's queue, or the partner team
 * @param expectedResponseBy {@code null} once the case is closed
 * @param timeZone the zone the customer reads times in: their case's business calendar's; none:
 *     the configured one
 * @param recipientHandle the WhatsApp number or chat handle the customer wrote from, for an
 *     answer there; none on email and SMS
 * @param text the agent's own words: what they wrote, or the question of an information request;
 *     none for the other messages
 */
record Notification(
        String caseNumber,
        String occasion,
        ContactChannel channel,
        CaseEvent event,
        Level level,
        String partner,
        String owner,
        Instant expectedResponseBy,
        ZoneId timeZone,
        String contactPoint,
        String recipientEmail,
        String recipientPhone,
        String recipientHandle,
        Audience audience,
        String text) {

    /**
     * Unique per case, transition and channel, and for supervisors per event too, so a retried
     * step never queues a second message.
     */
    String key() {
        return keyOf(caseNumber + "#" + occasion + (audience == Audience.CUSTOMER ? "" : "-" + event), channel);
    }

    /** The key of the same message on another channel. */
    static String keyOf(String caseAndTransition, ContactChannel channel) {
        return caseAndTransition + "#" + channel;
    }
}
