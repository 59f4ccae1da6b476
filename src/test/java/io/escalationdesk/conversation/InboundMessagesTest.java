package io.escalationdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.escalationdesk.FixedClock;
import io.escalationdesk.RepositorySlice;
import io.escalationdesk.TwoTransactions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers' messages: stored once per channel and provider id, landed once, parked out of the case's view. */
@RepositorySlice
class InboundMessagesTest {

    @Autowired
    InboundMessages messages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageIsStoredOnceWithItsFilesAndLandsOnce() {
        InboundMessage message = email(
                "<m1@mail.example.com>",
                new InboundMessage.Attachment("invoice.pdf", "application/pdf", 3, new byte[] {1, 2, 3}, null),
                new InboundMessage.Attachment("movie.exe", "application/x-msdownload", 9, null, "type"));

        long id = messages.store(message, Threading.Placement.NEW).orElseThrow();

        assertThat(messages.store(message, Threading.Placement.NEW)).isEmpty();
        assertThat(messages.notLanded(InboundChannel.EMAIL, "<m1@mail.example.com>"))
                .hasValue(id);
        assertThat(messages.land(id, InboundStatus.NEW_CASE, "ESC-T-1", ThreadedBy.NEW, null))
                .isTrue();
        assertThat(messages.land(id, InboundStatus.FOLLOW_UP, "ESC-T-2", ThreadedBy.SENDER, "+4915112345678"))
                .isFalse();
        assertThat(messages.of("ESC-T-1")).singleElement().satisfies(shown -> {
            assertThat(shown.status()).isEqualTo(InboundStatus.NEW_CASE);
            assertThat(shown.receivedAt()).isEqualTo(FixedClock.NOW);
            assertThat(shown.attachments())
                    .extracting(InboundMessages.AttachmentInfo::fileName, InboundMessages.AttachmentInfo::refused)
                    .containsExactly(tuple("invoice.pdf", null), tuple("movie.exe", "type"));
        });
        assertThat(messages.lastWordOn("ESC-T-1", FixedClock.NOW.minusSeconds(1)))
                .hasValueSatisfying(last -> assertThat(last.sender()).isEqualTo("jane.doe@example.com"));
        assertThat(messages.notLanded(InboundChannel.EMAIL, "<m1@mail.example.com>"))
                .isEmpty();
    }

    @Test
    void aMessageFailingEveryAttemptIsParkedAndLeftOutOfTheCase() {
        long id = messages.store(
                        email("<m2@mail.example.com>"),
                        new Threading.Placement("ESC-T-1", ThreadedBy.SUBJECT, "ESC-T-1"))
                .orElseThrow();

        messages.failed(id, "the case is locked", 2);
        assertThat(messages.pending(id)).isPresent();
        messages.failed(id, "the case is locked", 2);

        assertThat(messages.pending(id)).isEmpty();
        assertThat(messages.of("ESC-T-1")).isEmpty();
        assertThat(messages.parked(10)).singleElement().satisfies(parked -> {
            assertThat(parked.parkedReason()).isEqualTo(ParkedReason.FAILED);
            assertThat(parked.error()).isEqualTo("the case is locked");
        });
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aMessageTwoNodesStoreAtOnceIsStoredOnce() {
        InboundMessage message = email("<race@mail.example.com>");
        try {
            AtomicReference<Optional<Long>> second = new AtomicReference<>();
            Optional<Long> first = TwoTransactions.race(
                    transaction,
                    () -> messages.store(message, Threading.Placement.NEW),
                    () -> second.set(messages.store(message, Threading.Placement.NEW)));

            assertThat(first).isPresent();
            assertThat(second.get()).isEmpty();
            assertThat(jdbc.sql("select count(*) from inbound_message where provider_id = ?")
                            .param(message.providerId())
                            .query(Integer.class)
                            .single())
                    .isOne();
        } finally {
            jdbc.sql("delete from inbound_message where provider_id = ?")
                    .param(message.providerId())
                    .update();
        }
    }

    private static InboundMessage email(String messageId, InboundMessage.Attachment... files) {
        return new InboundMessage(
                InboundChannel.EMAIL,
                messageId,
                "jane.doe@example.com",
                "Jane Doe",
                "jane.doe@example.com",
                "Still charged twice",
                "Hello again",
                "raw mail".getBytes(StandardCharsets.UTF_8),
                List.of(files),
                List.of(),
                List.of(),
                true,
                null,
                null);
    }
}
