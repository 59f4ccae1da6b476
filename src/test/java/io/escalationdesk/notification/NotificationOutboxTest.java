package io.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.FixedClock;
import io.escalationdesk.RepositorySlice;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox's guarantees in its own SQL: one entry per key, one dispatcher per claim, one
 * fallback, a retry only of what failed. NotificationDeliveryTest sends through real servers.
 */
@RepositorySlice
class NotificationOutboxTest {

    private static final Instant NOW = FixedClock.NOW;

    @Autowired
    NotificationOutbox outbox;

    @Test
    void aStepThatRunsAgainQueuesNoSecondMessage() {
        outbox.enqueue(routed("ESC-T-1"));
        outbox.enqueue(routed("ESC-T-1"));

        assertThat(outbox.of("ESC-T-1"))
                .singleElement()
                .extracting(NotificationOutbox.Entry::status, NotificationOutbox.Entry::recipient)
                .containsExactly(DeliveryStatus.QUEUED, "j***@example.com");
    }

    @Test
    void ofTwoDispatchersClaimingAMessageOneGetsIt() {
        outbox.enqueue(routed("ESC-T-1"));
        long id = outbox.due(ContactChannel.EMAIL, NOW, 10).get(0);

        assertThat(outbox.claim(id, NOW, NOW.plus(Duration.ofMinutes(2)))).isPresent();
        assertThat(outbox.claim(id, NOW, NOW.plus(Duration.ofMinutes(2)))).isEmpty();
        assertThat(outbox.due(ContactChannel.EMAIL, NOW, 10)).doesNotContain(id);
        assertThat(outbox.due(ContactChannel.EMAIL, NOW.plus(Duration.ofMinutes(3)), 10))
                .as("an expired claim is due again")
                .contains(id);
    }

    @Test
    void eachChannelHasItsOwnDueMessages() {
        outbox.enqueue(routed("ESC-T-1"));
        OutboxEntry email = outbox.claim(
                        outbox.due(ContactChannel.EMAIL, NOW, 10).get(0), NOW, NOW.plusSeconds(60))
                .orElseThrow();
        outbox.enqueueFallback(email, ContactChannel.SMS);

        assertThat(outbox.due(ContactChannel.SMS, NOW, 10)).singleElement().isNotEqualTo(email.id());
        assertThat(outbox.due(ContactChannel.EMAIL, NOW.plusSeconds(61), 10)).containsExactly(email.id());
    }

    @Test
    void aFallbackToTheOtherChannelIsQueuedOnce() {
        outbox.enqueue(routed("ESC-T-1"));
        OutboxEntry email = outbox.claim(
                        outbox.due(ContactChannel.EMAIL, NOW, 10).get(0), NOW, NOW.plusSeconds(60))
                .orElseThrow();

        outbox.enqueueFallback(email, ContactChannel.SMS);
        outbox.enqueueFallback(email, ContactChannel.SMS);

        assertThat(outbox.of("ESC-T-1"))
                .extracting(NotificationOutbox.Entry::channel)
                .containsExactly(ContactChannel.EMAIL, ContactChannel.SMS);
    }

    @Test
    void onlyAFailedMessageIsRetried() {
        outbox.enqueue(routed("ESC-T-1"));
        long id = outbox.due(ContactChannel.EMAIL, NOW, 10).get(0);
        assertThat(outbox.retryFailed(id)).isFalse();

        outbox.claim(id, NOW, NOW.plusSeconds(60));
        assertThat(outbox.failed(id, "SMTP refused")).isTrue();
        assertThat(outbox.count(DeliveryStatus.FAILED)).isOne();
        assertThat(outbox.retryFailed(id)).isTrue();

        assertThat(outbox.of("ESC-T-1"))
                .singleElement()
                .extracting(NotificationOutbox.Entry::status, NotificationOutbox.Entry::lastError)
                .containsExactly(DeliveryStatus.QUEUED, "SMTP refused");
    }

    @Test
    void recipientsAreMaskedAndAChatHandleKeepsItsToolsName() {
        assertThat(NotificationOutbox.mask(ContactChannel.EMAIL, "jane.doe@example.com"))
                .isEqualTo("j***@example.com");
        assertThat(NotificationOutbox.mask(ContactChannel.WHATSAPP, "+4915112345678"))
                .isEqualTo("***5678");
        assertThat(NotificationOutbox.mask(ContactChannel.CHAT, "webchat:visitor-42"))
                .isEqualTo("webchat:***r-42");
    }

    private static Notification routed(String caseNumber) {
        return new Notification(
                caseNumber,
                "1",
                ContactChannel.EMAIL,
                CaseEvent.ROUTED,
                Level.TIER1,
                null,
                "Tier 1",
                NOW.plus(Duration.ofHours(4)),
                null,
                "call us",
                "jane.doe@example.com",
                "+4915112345678",
                null,
                Audience.CUSTOMER,
                null);
    }
}
