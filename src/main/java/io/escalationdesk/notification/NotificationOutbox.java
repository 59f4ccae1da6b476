package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications waiting for delivery, written in the engine's transaction. */
@Repository
public class NotificationOutbox {

    /**
     * A queued or delivered message as the case page shows it; the recipient is masked.
     *
     * @param partner the partner team that had the case; none when the level's own team had it
     */
    public record Entry(
            long id,
            Audience audience,
            CaseEvent event,
            Level level,
            String partner,
            String owner,
            Instant expectedResponseBy,
            ContactChannel channel,
            String recipient,
            DeliveryStatus status,
            int attempts,
            String lastError,
            Instant sentAt,
            String deliveredTo,
            Instant createdAt,
            String text) {}

    private static final String DUE = """
      ((status = 'QUEUED' and (next_attempt_at is null or next_attempt_at <= :now))
       or (status = 'SENDING' and claimed_until < :now))""";
    private static final String INSERT = """
      insert into notification_outbox
        (notification_key, case_number, audience, channel, event, level, partner, owner,
         expected_response_by, time_zone, contact_point, recipient_email, recipient_phone,
         recipient_handle, status, created_at, message_text)
      """;
    private static final String ENTRY_COLUMNS = """
      id, audience, event, level, partner, owner, expected_response_by, channel, recipient_email,
      recipient_phone, recipient_handle, status, attempts, last_error, sent_at, delivered_to,
      created_at, message_text""";

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Entry> of(String caseNumber) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from notification_outbox where case_number = ? order by id")
                .param(caseNumber)
                .query(NotificationOutbox::entry)
                .list();
    }

    Optional<Entry> find(String caseNumber, long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from notification_outbox where case_number = ? and id = ?")
                .params(caseNumber, id)
                .query(NotificationOutbox::entry)
                .optional();
    }

    long count(DeliveryStatus status) {
        return jdbc.sql("select count(*) from notification_outbox where status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    /** Queues the notification unless one with its key is already there. */
    void enqueue(Notification notification) {
        jdbc.sql(INSERT + """
            select :key, :caseNumber, :audience, :channel, :event, :level, :partner, :owner,
                   :expectedResponseBy, :timeZone, :contactPoint, :recipientEmail,
                   :recipientPhone, :recipientHandle, :status, :createdAt, :text
            where not exists (select 1 from notification_outbox where notification_key = :key)
            """)
                .param("key", notification.key())
                .param("caseNumber", notification.caseNumber())
                .param("audience", notification.audience().name())
                .param("channel", notification.channel().name())
                .param("event", notification.event().name())
                .param("level", notification.level().name())
                .param("partner", notification.partner())
                .param("owner", notification.owner())
                .param(
                        "expectedResponseBy",
                        notification.expectedResponseBy() == null
                                ? null
                                : Timestamp.from(notification.expectedResponseBy()))
                .param(
                        "timeZone",
                        notification.timeZone() == null
                                ? null
                                : notification.timeZone().getId())
                .param("contactPoint", notification.contactPoint())
                .param("recipientEmail", notification.recipientEmail())
                .param("recipientPhone", notification.recipientPhone())
                .param("recipientHandle", notification.recipientHandle())
                .param("status", DeliveryStatus.QUEUED.name())
                .param("createdAt", Timestamp.from(clock.instant()))
                .param("text", notification.text())
                .update();
    }

    /** Queues the same message on another channel, once, however often this is called. */
    void enqueueFallback(OutboxEntry entry, ContactChannel channel) {
        jdbc.sql(INSERT + """
            select :key, case_number, audience, :channel, event, level, partner, owner,
                   expected_response_by, time_zone, contact_point, recipient_email,
                   recipient_phone, null, :status, :createdAt, message_text
            from notification_outbox
            where id = :id
              and not exists (select 1 from notification_outbox where notification_key = :key)
            """)
                .param("key", entry.keyOn(channel))
                .param("channel", channel.name())
                .param("status", DeliveryStatus.QUEUED.name())
                .param("createdAt", Timestamp.from(clock.instant()))
                .param("id", entry.id())
                .update();
    }

    /** Notifications nobody is sending now whose time has come, oldest first. */
    List<Long> due(ContactChannel channel, Instant now, int limit) {
        return jdbc.sql("select id from notification_outbox where channel = :channel and " + DUE + " order by id limit "
                        + limit)
                .param("channel", channel.name())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /**
     * Takes a due notification for this dispatcher until {@code until}; one conditional update,
     * so of several dispatchers racing for it exactly one gets it.
     */
    Optional<OutboxEntry> claim(long id, Instant now, Instant until) {
        int claimed = jdbc.sql("update notification_outbox set status = 'SENDING', "
                        + "claimed_until = :until, attempts = attempts + 1 where id = :id and " + DUE)
                .param("until", Timestamp.from(until))
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
            select o.id, o.notification_key, o.case_number, o.audience, o.channel, o.event,
                   o.level, o.partner, o.owner, o.expected_response_by, o.time_zone, o.contact_point,
                   o.recipient_email,
                   o.recipient_phone, o.recipient_handle, c.language, c.notification_opt_out,
                   o.attempts, o.message_text
            from notification_outbox o
            left join escalation_case c on c.case_number = o.case_number
            where o.id = ?""")
                .param(id)
                .query((row, n) -> {
                    Audience audience = Audience.valueOf(row.getString("audience"));
                    boolean customer = audience == Audience.CUSTOMER;
                    return new OutboxEntry(
                            row.getLong("id"),
                            row.getString("notification_key"),
                            row.getString("case_number"),
                            audience,
                            ContactChannel.valueOf(row.getString("channel")),
                            row.getString("event"),
                            row.getString("level"),
                            row.getString("partner"),
                            row.getString("owner"),
                            instant(row.getTimestamp("expected_response_by")),
                            row.getString("time_zone") == null ? null : ZoneId.of(row.getString("time_zone")),
                            row.getString("contact_point"),
                            row.getString("recipient_email"),
                            row.getString("recipient_phone"),
                            row.getString("recipient_handle"),
                            customer && row.getString("language") != null
                                    ? Language.valueOf(row.getString("language"))
                                    : Language.EN,
                            customer && row.getBoolean("notification_opt_out"),
                            row.getInt("attempts"),
                            row.getString("message_text"));
                })
                .optional();
    }

    /**
     * Ends a claimed delivery, like {@link #skipped} and {@link #failed}.
     *
     * @return false when the claim had expired and another dispatcher took the notification over
     */
    boolean sent(long id, String deliveredTo, Instant at) {
        return finish(id, DeliveryStatus.SENT, null, deliveredTo, at);
    }

    boolean skipped(long id, String why) {
        return finish(id, DeliveryStatus.SKIPPED, why, null, null);
    }

    boolean failed(long id, String error) {
        return finish(id, DeliveryStatus.FAILED, error, null, null);
    }

    void retryAt(long id, String error, Instant next) {
        jdbc.sql("update notification_outbox set status = 'QUEUED', claimed_until = null, "
                        + "next_attempt_at = ?, last_error = ? where id = ? and status = 'SENDING'")
                .params(Timestamp.from(next), truncate(error), id)
                .update();
    }

    /**
     * An operator's retry of a FAILED notification: one more attempt, now.
     *
     * @return false when it is not FAILED (any more)
     */
    boolean retryFailed(long id) {
        return jdbc.sql("update notification_outbox set status = 'QUEUED', next_attempt_at = null "
                                + "where id = ? and status = 'FAILED'")
                        .param(id)
                        .update()
                > 0;
    }

    private boolean finish(long id, DeliveryStatus status, String error, String deliveredTo, Instant sentAt) {
        return jdbc.sql("update notification_outbox set status = ?, claimed_until = null, last_error = ?, "
                                + "delivered_to = ?, sent_at = ? where id = ? and status = 'SENDING'")
                        .params(
                                status.name(),
                                truncate(error),
                                deliveredTo,
                                sentAt == null ? null : Timestamp.from(sentAt),
                                id)
                        .update()
                > 0;
    }

    private static Entry entry(ResultSet row, int rowNumber) throws SQLException {
        ContactChannel channel = ContactChannel.valueOf(row.getString("channel"));
        return new Entry(
                row.getLong("id"),
                Audience.valueOf(row.getString("audience")),
                CaseEvent.valueOf(row.getString("event")),
                Level.valueOf(row.getString("level")),
                row.getString("partner"),
                row.getString("owner"),
                instant(row.getTimestamp("expected_response_by")),
                channel,
                mask(
                        channel,
                        OutboxEntry.recipientOn(
                                channel,
                                row.getString("recipient_email"),
                                row.getString("recipient_phone"),
                                row.getString("recipient_handle"))),
                DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getString("last_error"),
                instant(row.getTimestamp("sent_at")),
                row.getString("delivered_to"),
                instant(row.getTimestamp("created_at")),
                row.getString("message_text"));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** Enough to recognise the address on the phone with the customer, not enough to harvest it. */
    static String mask(ContactChannel channel, String address) {
        if (address == null) {
            return null;
        }
        if (channel == ContactChannel.EMAIL) {
            int at = address.indexOf('@');
            return at <= 1
                    ? "***" + address.substring(Math.max(at, 0))
                    : address.charAt(0) + "***" + address.substring(at);
        }
        // a chat handle keeps the tool's name: "webchat:***r-42"
        Optional<ChatHandle> handle = channel == ContactChannel.CHAT ? ChatHandle.of(address) : Optional.empty();
        String tool = handle.map(chat -> chat.tool() + ":").orElse("");
        String name = handle.map(ChatHandle::visitor).orElse(address);
        return tool + (name.length() > 4 ? "***" + name.substring(name.length() - 4) : "***");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
