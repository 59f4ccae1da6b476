package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.time.Instant;

/**
 * A message about one transition of a case on one channel: to the customer who has it, by when
 * to expect an answer and how to reach us; to a supervisor, that the case's SLA runs out soon.
 *
 * @param transition the case's transition number; with the case and channel the unique key
 * @param expectedResponseBy {@code null} once the case is closed
 */
record Notification(
    String caseNumber,
    int transition,
    ContactChannel channel,
    CaseEvent event,
    Level level,
    String owner,
    Instant expectedResponseBy,
    String contactPoint,
    String recipientEmail,
    String recipientPhone,
    Audience audience) {

  /**
   * Unique per case, transition and channel, and for supervisors per event too, so a retried
   * step never queues a second message.
   */
  String key() {
    return keyOf(caseNumber + "#" + transition
        + (audience == Audience.CUSTOMER ? "" : "-" + event), channel);
  }

  /** The key of the same message on another channel. */
  static String keyOf(String caseAndTransition, ContactChannel channel) {
    return caseAndTransition + "#" + channel;
  }
}
