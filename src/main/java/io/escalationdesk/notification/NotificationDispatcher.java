package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.TimelineWriter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued notifications outside the engine transaction that queued them. Each
 * notification is claimed by one dispatcher (also across nodes on one database), retried with
 * doubling waits, and FAILED after the last attempt, where it shows on the case, in the timeline
 * and in the metrics until an operator retries it. When a channel refuses a message for good, the
 * message is queued on the customer's other channel, if they left an address there. Each channel
 * has a lane of its own, so an SMTP server that hangs delays no SMS (fault suite R3). A lane sends
 * {@link NotificationProperties#senders()} at once, each message on the next free sender, so a
 * connection that hangs delays no other message, and takes the next batch as soon as it has
 * handed out a full one, so a busy hour's messages do not wait for the next poll.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(20);

    private final NotificationOutbox outbox;
    private final EmailDelivery email;
    private final SmsDelivery sms;
    private final MessengerDelivery messengers;
    private final TimelineWriter timeline;
    private final NotificationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<ContactChannel, Lane> lanes = new EnumMap<>(ContactChannel.class);

    NotificationDispatcher(
            NotificationOutbox outbox,
            EmailDelivery email,
            SmsDelivery sms,
            MessengerDelivery messengers,
            TimelineWriter timeline,
            NotificationProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.outbox = outbox;
        this.email = email;
        this.sms = sms;
        this.messengers = messengers;
        this.timeline = timeline;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        for (ContactChannel channel : ContactChannel.values()) {
            lanes.put(channel, new Lane(channel));
        }
    }

    /** Every poll starts each lane that is not still sending; neither waits for the other. */
    @Scheduled(fixedDelayString = "${escalation.notification.dispatch-every:PT2S}")
    void startDispatching() {
        lanes.values().forEach(Lane::startUnlessSending);
    }

    /** Sends what is due on every channel, the channels side by side, and returns when sent. */
    void dispatchDue() {
        lanes.values().stream().map(Lane::dispatch).toList().forEach(NotificationDispatcher::await);
    }

    private static void await(Future<?> lane) {
        try {
            lane.get();
        } catch (ExecutionException e) {
            log.error("Dispatching notifications failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Messages being sent are sent before the node stops. */
    @PreDestroy
    void finishSending() throws InterruptedException {
        for (Lane lane : lanes.values()) {
            lane.finish();
        }
    }

    /** One channel's due messages, taken in batches and sent by its own senders. */
    private final class Lane {

        private final ContactChannel channel;
        private final ExecutorService dispatcher;
        private final ExecutorService senders;
        private final AtomicBoolean sending = new AtomicBoolean();
        private final Semaphore freeSenders = new Semaphore(properties.senders());
        private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

        Lane(ContactChannel channel) {
            this.channel = channel;
            this.dispatcher = Executors.newSingleThreadExecutor(daemons(channel + "-dispatcher"));
            this.senders = Executors.newFixedThreadPool(properties.senders(), daemons(channel + "-sender"));
        }

        /** Messages still being sent go on without the lane: their claims keep them from others. */
        void startUnlessSending() {
            if (sending.compareAndSet(false, true)) {
                dispatcher.execute(() -> {
                    try {
                        sendDue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        sending.set(false);
                    }
                });
            }
        }

        Future<?> dispatch() {
            return dispatcher.submit(() -> {
                sendDue();
                freeSenders.acquire(properties.senders());
                freeSenders.release(properties.senders());
                return null;
            });
        }

        /**
         * Each message goes to the next free sender, so a send that hangs holds its sender and no
         * other message; the next batch is taken while the last ones are still being sent.
         */
        private void sendDue() throws InterruptedException {
            List<Long> due;
            do {
                due = outbox.due(channel, clock.instant(), BATCH);
                for (long id : due) {
                    if (inFlight.add(id)) {
                        freeSenders.acquire();
                        senders.execute(() -> {
                            try {
                                Instant now = clock.instant();
                                outbox.claim(id, now, now.plus(properties.claim()))
                                        .ifPresent(NotificationDispatcher.this::deliver);
                            } catch (RuntimeException e) {
                                // it stays claimed and is due again when its claim ends
                                log.error("Sending a notification failed unexpectedly", e);
                            } finally {
                                inFlight.remove(id);
                                freeSenders.release();
                            }
                        });
                    }
                }
            } while (due.size() == BATCH);
        }

        void finish() throws InterruptedException {
            dispatcher.shutdown();
            senders.shutdown();
            if (!senders.awaitTermination(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn(
                        "{} notifications still sending after {}; they are sent again after their " + "claim",
                        channel,
                        SHUTDOWN_LIMIT);
                senders.shutdownNow();
            }
            dispatcher.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread =
                    new Thread(task, "notification-" + name.toLowerCase(Locale.ROOT) + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void deliver(OutboxEntry entry) {
        if (entry.optedOut()) {
            skip(entry, "The customer opted out of messages");
            return;
        }
        if (entry.recipient() == null) {
            skip(
                    entry,
                    entry.audience() == Audience.SUPERVISOR
                            ? "No supervisor address configured for " + entry.owner()
                            : "The customer left no "
                                    + (entry.channel() == ContactChannel.EMAIL ? "email address" : "phone number"));
            return;
        }
        try {
            String deliveredTo = switch (entry.channel()) {
                case EMAIL -> email.deliver(entry);
                case SMS -> sms.deliver(entry);
                case WHATSAPP, CHAT -> messengers.deliver(entry);
            };
            if (outbox.sent(entry.id(), deliveredTo, clock.instant())) {
                timeline.messageDelivered(
                        entry.caseNumber(), messageOf(entry), entry.audience() == Audience.SUPERVISOR, deliveredTo);
            }
            count(entry, "sent");
        } catch (DeliveryException failure) {
            failed(entry, failure);
        }
    }

    private void failed(OutboxEntry entry, DeliveryException failure) {
        Optional<ContactChannel> fallback = failure.isPermanent()
                ? entry.channel().fallbackReaching(entry.recipientEmail(), entry.recipientPhone())
                : Optional.empty();
        fallback.ifPresent(other -> outbox.enqueueFallback(entry, other));
        if (failure.isPermanent() || entry.attempts() >= properties.maxAttempts()) {
            String error = failure.getMessage()
                    + fallback.map(other -> "; sending by " + other + " instead")
                            .orElse("");
            log.error("Notification {} failed for good after {} attempts: {}", entry.key(), entry.attempts(), error);
            if (outbox.failed(entry.id(), error)) {
                timeline.messageFailed(entry.caseNumber(), messageOf(entry), error);
            }
            count(entry, "failed");
        } else {
            Instant next = clock.instant().plus(properties.firstRetry().multipliedBy(1L << (entry.attempts() - 1)));
            log.warn(
                    "Notification {} attempt {} failed, next at {}: {}",
                    entry.key(),
                    entry.attempts(),
                    next,
                    failure.getMessage());
            outbox.retryAt(entry.id(), failure.getMessage(), next);
            count(entry, "retry");
        }
    }

    private void skip(OutboxEntry entry, String why) {
        if (outbox.skipped(entry.id(), why)) {
            timeline.messageSkipped(entry.caseNumber(), messageOf(entry), why);
        }
        count(entry, "skipped");
    }

    /** The timeline names the channel, the masked recipient and what the message was about. */
    private static TimelineWriter.Message messageOf(OutboxEntry entry) {
        return new TimelineWriter.Message(
                entry.channel(),
                NotificationOutbox.mask(entry.channel(), entry.recipient()),
                CaseEvent.valueOf(entry.event()),
                Level.valueOf(entry.level()));
    }

    private void count(OutboxEntry entry, String outcome) {
        meters.counter(
                        "escalation.notification.deliveries",
                        "channel",
                        entry.channel().name(),
                        "outcome",
                        outcome)
                .increment();
    }
}
