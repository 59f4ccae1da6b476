package io.escalationdesk.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued notifications outside the engine transaction that queued them. Each is claimed
 * by one dispatcher (also across nodes on one database), retried with doubling waits, and FAILED
 * after the last attempt, where it shows on the case until an operator retries it.
 */
@Component
class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final int BATCH = 50;

  private final NotificationOutbox outbox;
  private final EmailDelivery email;
  private final NotificationProperties properties;
  private final Clock clock;

  NotificationDispatcher(NotificationOutbox outbox, EmailDelivery email,
      NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.email = email;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${escalation.notification.dispatch-every:PT2S}")
  void dispatchDue() {
    Instant now = clock.instant();
    for (long id : outbox.due(now, BATCH)) {
      outbox.claim(id, now, now.plus(properties.claim())).ifPresent(this::deliver);
    }
  }

  private void deliver(OutboxEntry entry) {
    if (entry.recipientEmail() == null || entry.recipientEmail().isBlank()) {
      outbox.skipped(entry.id(), "No email address (SMS delivery is not built yet)");
      return;
    }
    try {
      outbox.sent(entry.id(), email.deliver(entry), clock.instant());
    } catch (Exception e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (entry.attempts() >= properties.maxAttempts()) {
        log.error("Notification {} failed for good after {} attempts: {}",
            entry.key(), entry.attempts(), error);
        outbox.failed(entry.id(), error);
      } else {
        Instant next = clock.instant()
            .plus(properties.firstRetry().multipliedBy(1L << (entry.attempts() - 1)));
        log.warn("Notification {} attempt {} failed, next at {}: {}",
            entry.key(), entry.attempts(), next, error);
        outbox.retryAt(entry.id(), error, next);
      }
    }
  }
}
