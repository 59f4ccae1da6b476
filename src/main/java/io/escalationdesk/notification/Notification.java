package io.escalationdesk.notification;

import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import java.time.Instant;

/**
 * A message to the customer about one transition of their case: who has it, by when to expect
 * an answer and how to reach us.
 *
 * @param key unique per case and transition, so a retried step never queues a second message
 * @param expectedResponseBy {@code null} once the case is closed
 */
record Notification(
    String key,
    String caseNumber,
    CaseEvent event,
    Level level,
    String owner,
    Instant expectedResponseBy,
    String contactPoint,
    String recipientEmail,
    String recipientPhone) {}
