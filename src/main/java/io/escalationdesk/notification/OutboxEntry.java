package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import java.time.Instant;

/**
 * A notification as the dispatcher reads it from the outbox, with the customer's current
 * preferences from the case record.
 *
 * @param language the customer's language; EN for supervisors and when the record has none
 * @param optedOut the customer asked not to be messaged since the notification was queued;
 *     never for a supervisor
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
    String owner,
    Instant expectedResponseBy,
    String contactPoint,
    String recipientEmail,
    String recipientPhone,
    Language language,
    boolean optedOut,
    int attempts,
    String text) {

  /** Where this entry goes: the email address or phone number of its channel. */
  String recipient() {
    return channel.addressOf(recipientEmail, recipientPhone);
  }

  /** The key of this message on the other channel. */
  String fallbackKey() {
    return Notification.keyOf(key.substring(0, key.lastIndexOf('#')), channel.other());
  }
}
