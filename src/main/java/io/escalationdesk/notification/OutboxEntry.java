package io.escalationdesk.notification;

import java.time.Instant;

/** A notification as the dispatcher reads it from the outbox. */
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
    int attempts) {}
