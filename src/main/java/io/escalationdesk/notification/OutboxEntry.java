package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A notification as the dispatcher reads it from the outbox, with the customer's current
 * preferences from the case record.
 *
 * @param language the customer's language; EN for supervisors and when the record has none
 * @param optedOut the customer asked not to be messaged since the notification was queued;
 *     never for a supervisor
 * @param partner the partner team that has the case; none when the level's own team has it
 * @param timeZone the zone its times are shown in; none: the configured one
 * @param recipientHandle the WhatsApp number or chat handle an answer goes to; none on email
 *     and SMS
 * @param text an agent's own words in the message; none for the other messages
 */
record OutboxEntry(
        long id,
        String key,
        String caseNumber,
        Audience audience,
        ContactChannel channel,
        String event,
        String level,
        String partner,
        String owner,
        Instant expectedResponseBy,
        ZoneId timeZone,
        String contactPoint,
        String recipientEmail,
        String recipientPhone,
        String recipientHandle,
        Language language,
        boolean optedOut,
        int attempts,
        String text) {

    /** Where this entry goes: the email address, phone number or handle of its channel. */
    String recipient() {
        return recipientOn(channel, recipientEmail, recipientPhone, recipientHandle);
    }

    static String recipientOn(ContactChannel channel, String email, String phone, String handle) {
        return channel.answersOnly() ? handle : channel.addressOf(email, phone);
    }

    /** The key of this message on another channel. */
    String keyOn(ContactChannel other) {
        return Notification.keyOf(key.substring(0, key.lastIndexOf('#')), other);
    }
}
