package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued notifications outside the engine transaction that queued them, on the
 * customer's preferred channel, falling back to the other one when the preferred channel refuses
 * for good. Each notification is claimed by one dispatcher (also across nodes on one database),
 * retried with doubling waits, and FAILED after the last attempt, where it shows on the case
 * until an operator retries it.
 */
@Component
class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final int BATCH = 50;

  private final NotificationOutbox outbox;
  private final EmailDelivery email;
  private final SmsDelivery sms;
  private final NotificationProperties properties;
  private final Clock clock;

  NotificationDispatcher(NotificationOutbox outbox, EmailDelivery email, SmsDelivery sms,
      NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.email = email;
    this.sms = sms;
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
    List<ContactChannel> channels = channelsOf(entry);
    if (channels.isEmpty()) {
      outbox.skipped(entry.id(), "The customer left no email address or phone number");
      return;
    }
    DeliveryException failure = null;
    for (ContactChannel channel : channels) {
      try {
        outbox.sent(entry.id(), send(channel, entry), clock.instant());
        return;
      } catch (DeliveryException e) {
        failure = e;
        if (!e.isPermanent()) {
          break; // the preferred channel may work on the next attempt
        }
      }
    }
    if (failure.isPermanent() || entry.attempts() >= properties.maxAttempts()) {
      log.error("Notification {} failed for good after {} attempts: {}",
          entry.key(), entry.attempts(), failure.getMessage());
      outbox.failed(entry.id(), failure.getMessage());
    } else {
      Instant next = clock.instant()
          .plus(properties.firstRetry().multipliedBy(1L << (entry.attempts() - 1)));
      log.warn("Notification {} attempt {} failed, next at {}: {}",
          entry.key(), entry.attempts(), next, failure.getMessage());
      outbox.retryAt(entry.id(), failure.getMessage(), next);
    }
  }

  /** The preferred channel first, then the other one; only channels with an address. */
  private static List<ContactChannel> channelsOf(OutboxEntry entry) {
    List<ContactChannel> channels = new ArrayList<>();
    channels.add(entry.preferredChannel());
    channels.add(entry.preferredChannel() == ContactChannel.EMAIL
        ? ContactChannel.SMS : ContactChannel.EMAIL);
    channels.removeIf(channel -> !hasAddress(entry, channel));
    return channels;
  }

  private static boolean hasAddress(OutboxEntry entry, ContactChannel channel) {
    String address = channel == ContactChannel.EMAIL ? entry.recipientEmail() : entry.recipientPhone();
    return address != null && !address.isBlank();
  }

  private String send(ContactChannel channel, OutboxEntry entry) throws DeliveryException {
    return channel == ContactChannel.EMAIL ? email.deliver(entry) : sms.deliver(entry);
  }
}
