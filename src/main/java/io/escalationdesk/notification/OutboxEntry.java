package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import java.time.Instant;

/**
 * A notification as the dispatcher reads it from the outbox.
 *
 * @param preferredChannel the customer's choice from the case record; EMAIL when unknown
 */
record OutboxEntry(
    long id,
    String key,
    String caseNumber,
    String event,
    String level,
    String owner,
    Instant expectedResponseBy,
    String contactPoint,
    String recipientEmail,
    String recipientPhone,
    ContactChannel preferredChannel,
    int attempts) {}
