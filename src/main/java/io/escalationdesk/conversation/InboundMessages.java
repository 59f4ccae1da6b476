package io.escalationdesk.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Customers' messages, stored once per channel and provider id, and where each landed. */
@Repository
public class InboundMessages {

    /**
     * A message as the conversation and the administrators' list show it.
     *
     * @param why where it landed and why, in words: the rung of the ladder and what matched
     */
    public record Shown(
            long id,
            InboundChannel channel,
            String sender,
            String senderName,
            String subject,
            String text,
            Instant receivedAt,
            InboundStatus status,
            String caseNumber,
            ThreadedBy threadedBy,
            String threadDetail,
            ParkedReason parkedReason,
            String error,
            String why,
            List<AttachmentInfo> attachments) {}

    /** A file of a message as staff see it listed; its content only on download. */
    public record AttachmentInfo(long id, String fileName, String contentType, long size, String refused) {}

    /**
     * The customer's latest message on a case: an answer goes on its channel.
     *
     * @param sender the address, number or chat handle it came from
     */
    public record LastWord(InboundChannel channel, String sender, Instant receivedAt) {}

    /** A stored file's content, for download. */
    public record AttachmentContent(String fileName, byte[] content) {}

    /** What landing reads of a stored message: who sent it and where the ladder placed it. */
    record Pending(
            long id,
            InboundChannel channel,
            String providerId,
            String sender,
            String senderName,
            String replyTo,
            String subject,
            String text,
            String caseNumber,
            ThreadedBy threadedBy,
            String threadDetail) {}

    private static final String SHOWN_COLUMNS = """
      id, channel, sender, sender_name, subject, shown_text, received_at, status, case_number,
      threaded_by, thread_detail, parked_reason, error""";
    private static final int ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    InboundMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the message with its files unless it is there already.
     *
     * @param placement where the threading ladder put it: it lands there
     * @return its id when this call stored it; none when it was stored before
     */
    Optional<Long> store(InboundMessage message, Threading.Placement placement) {
        if (exists(message.channel(), message.providerId())) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
              insert into inbound_message (channel, provider_id, sender, sender_name, reply_to,
                subject, shown_text, original, received_at, status, case_number, threaded_by,
                thread_detail, parked_reason, error)
              values (:channel, :providerId, :sender, :senderName, :replyTo, :subject, :text,
                :original, :receivedAt, :status, :caseNumber, :threadedBy, :threadDetail,
                :parked, :error)""")
                    .param("channel", message.channel().name())
                    .param("providerId", cut(message.providerId(), 255))
                    .param("sender", cut(message.sender(), 254))
                    .param("senderName", cut(message.senderName(), 200))
                    .param("replyTo", cut(message.replyTo(), 254))
                    .param("subject", cut(message.subject(), 500))
                    .param("text", cut(message.shownText(), 10_000))
                    .param("original", message.original())
                    .param("receivedAt", Timestamp.from(clock.instant()))
                    .param("status", (message.parked() == null ? InboundStatus.RECEIVED : InboundStatus.PARKED).name())
                    .param("caseNumber", placement.caseNumber())
                    .param(
                            "threadedBy",
                            message.parked() == null ? placement.by().name() : null)
                    .param("threadDetail", cut(placement.detail(), 500))
                    .param(
                            "parked",
                            message.parked() == null ? null : message.parked().name())
                    .param("error", cut(message.parkedDetail(), ERROR_LENGTH))
                    .update(key, "id");
        } catch (DuplicateKeyException racedByAnotherNode) {
            return Optional.empty();
        }
        long id = key.getKey().longValue();
        for (InboundMessage.Attachment file : message.attachments()) {
            jdbc.sql("""
              insert into inbound_attachment
                (message_id, file_name, content_type, size_bytes, content, refused)
              values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            cut(file.fileName(), 255),
                            cut(file.contentType(), 100),
                            file.size(),
                            file.content(),
                            cut(file.refused(), 200))
                    .update();
        }
        return Optional.of(id);
    }

    /** The message with this provider id when it is stored and has not landed yet. */
    Optional<Long> notLanded(InboundChannel channel, String providerId) {
        return jdbc.sql("select id from inbound_message where channel = ? and provider_id = ? "
                        + "and status = 'RECEIVED'")
                .params(channel.name(), cut(providerId, 255))
                .query(Long.class)
                .optional();
    }

    private boolean exists(InboundChannel channel, String providerId) {
        return jdbc.sql("select count(*) from inbound_message where channel = ? and provider_id = ?")
                        .params(channel.name(), cut(providerId, 255))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A message stored and not landed yet. */
    Optional<Pending> pending(long id) {
        return jdbc.sql("""
            select id, channel, provider_id, sender, sender_name, reply_to, subject, shown_text,
              case_number, threaded_by, thread_detail
            from inbound_message where id = ? and status = 'RECEIVED'""")
                .param(id)
                .query((row, n) -> new Pending(
                        row.getLong("id"),
                        InboundChannel.valueOf(row.getString("channel")),
                        row.getString("provider_id"),
                        row.getString("sender"),
                        row.getString("sender_name"),
                        row.getString("reply_to"),
                        row.getString("subject"),
                        row.getString("shown_text"),
                        row.getString("case_number"),
                        ThreadedBy.valueOf(row.getString("threaded_by")),
                        row.getString("thread_detail")))
                .optional();
    }

    /** Messages not threaded since {@code before}, oldest first: their node may have died. */
    List<Long> waitingSince(Instant before, int limit) {
        return jdbc.sql("select id from inbound_message where status = 'RECEIVED' "
                        + "and received_at < ? order by received_at limit " + limit)
                .param(Timestamp.from(before))
                .query(Long.class)
                .list();
    }

    /**
     * Where the message landed, in the transaction that put it there. Of two nodes threading the
     * same message, the second waits for the first and then finds it landed.
     *
     * @return false when it had landed already
     */
    boolean land(long id, InboundStatus status, String caseNumber, ThreadedBy by, String detail) {
        return jdbc.sql("""
            update inbound_message set status = ?, case_number = ?, threaded_by = ?,
              thread_detail = ?, error = null
            where id = ? and status = 'RECEIVED'""")
                        .params(status.name(), caseNumber, by.name(), cut(detail, 500), id)
                        .update()
                > 0;
    }

    boolean park(long id, ParkedReason reason, String why) {
        return jdbc.sql("update inbound_message set status = 'PARKED', parked_reason = ?, error = ? "
                                + "where id = ? and status = 'RECEIVED'")
                        .params(reason.name(), cut(why, ERROR_LENGTH), id)
                        .update()
                > 0;
    }

    /** One more failed attempt to thread the message; after the last one it is parked. */
    void failed(long id, String error, int attempts) {
        jdbc.sql("""
            update inbound_message set attempts = attempts + 1, error = ?,
              status = case when attempts + 1 >= ? then 'PARKED' else status end,
              parked_reason = case when attempts + 1 >= ? then 'FAILED' else parked_reason end
            where id = ? and status = 'RECEIVED'""").params(cut(error, ERROR_LENGTH), attempts, attempts, id).update();
    }

    /** New cases and follow-ups the sender's messages opened since then. */
    int casesOpenedBy(String sender, Instant since) {
        return jdbc.sql("""
            select count(*) from inbound_message
            where sender = ? and received_at >= ? and status in ('NEW_CASE', 'FOLLOW_UP')""")
                .params(cut(sender, 254), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** The case a chat handle or number wrote about last. */
    Optional<String> lastCaseOf(InboundChannel channel, String sender) {
        return jdbc.sql("""
            select case_number from inbound_message
            where sender = ? and channel = ? and case_number is not null
            order by received_at desc limit 1""")
                .params(cut(sender, 254), channel.name())
                .query(String.class)
                .optional();
    }

    /**
     * The customer's messages on a case, oldest first, with their files: those that landed there,
     * and one landing there now (in the transaction that shows it to the agent); not the parked.
     */
    public List<Shown> of(String caseNumber) {
        return withAttachments(jdbc.sql("select " + SHOWN_COLUMNS + " from inbound_message "
                        + "where case_number = ? and status <> 'PARKED' order by received_at, id")
                .param(caseNumber)
                .query(InboundMessages::shown)
                .list());
    }

    /** The customer's latest message on the case if it came after the time; never a parked one. */
    public Optional<LastWord> lastWordOn(String caseNumber, Instant after) {
        return jdbc.sql("select channel, sender, received_at from inbound_message "
                        + "where case_number = ? and status <> 'PARKED' and received_at > ? "
                        + "order by received_at desc, id desc limit 1")
                .params(caseNumber, Timestamp.from(after))
                .query((row, number) -> new LastWord(
                        InboundChannel.valueOf(row.getString("channel")),
                        row.getString("sender"),
                        row.getTimestamp("received_at").toInstant()))
                .optional();
    }

    /** Messages kept without touching a case, newest first, for administrators. */
    public List<Shown> parked(int limit) {
        return withAttachments(jdbc.sql("select " + SHOWN_COLUMNS
                        + " from inbound_message where status = 'PARKED' order by received_at desc, id desc "
                        + "limit " + limit)
                .query(InboundMessages::shown)
                .list());
    }

    /** A kept file of a message of the case; none for another case's or a refused one. */
    public Optional<AttachmentContent> attachment(String caseNumber, long messageId, long id) {
        return jdbc.sql("""
            select a.file_name, a.content from inbound_attachment a
            join inbound_message m on m.id = a.message_id
            where a.id = ? and a.message_id = ? and m.case_number = ? and a.content is not null""")
                .params(id, messageId, caseNumber)
                .query((row, n) -> new AttachmentContent(row.getString("file_name"), row.getBytes("content")))
                .optional();
    }

    /** The message as it arrived: the raw mail, the webhook's body. */
    public Optional<byte[]> original(long id) {
        return jdbc.sql("select original from inbound_message where id = ?")
                .param(id)
                .query((row, n) -> row.getBytes("original"))
                .optional();
    }

    /** The messages with their files, read in one query. */
    private List<Shown> withAttachments(List<Shown> messages) {
        if (messages.isEmpty()) {
            return messages;
        }
        Map<Long, List<AttachmentInfo>> files = new HashMap<>();
        jdbc.sql("""
            select message_id, id, file_name, content_type, size_bytes, refused
            from inbound_attachment where message_id in (:ids) order by id""")
                .param("ids", messages.stream().map(Shown::id).toList())
                .query((row, n) -> files.computeIfAbsent(row.getLong("message_id"), id -> new ArrayList<>())
                        .add(new AttachmentInfo(
                                row.getLong("id"),
                                row.getString("file_name"),
                                row.getString("content_type"),
                                row.getLong("size_bytes"),
                                row.getString("refused"))))
                .list();
        return messages.stream()
                .map(message -> new Shown(
                        message.id(),
                        message.channel(),
                        message.sender(),
                        message.senderName(),
                        message.subject(),
                        message.text(),
                        message.receivedAt(),
                        message.status(),
                        message.caseNumber(),
                        message.threadedBy(),
                        message.threadDetail(),
                        message.parkedReason(),
                        message.error(),
                        message.why(),
                        files.getOrDefault(message.id(), List.of())))
                .toList();
    }

    private static Shown shown(ResultSet row, int rowNumber) throws SQLException {
        ThreadedBy by = enumOf(ThreadedBy.class, row.getString("threaded_by"));
        ParkedReason parked = enumOf(ParkedReason.class, row.getString("parked_reason"));
        String detail = row.getString("thread_detail");
        return new Shown(
                row.getLong("id"),
                InboundChannel.valueOf(row.getString("channel")),
                row.getString("sender"),
                row.getString("sender_name"),
                row.getString("subject"),
                row.getString("shown_text"),
                row.getTimestamp("received_at").toInstant(),
                InboundStatus.valueOf(row.getString("status")),
                row.getString("case_number"),
                by,
                detail,
                parked,
                row.getString("error"),
                parked != null
                        ? "parked: " + parked.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        : by == null ? "not threaded yet" : Threading.reason(by, detail),
                List.of());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** At most that long, and without NUL characters, which PostgreSQL does not store in text. */
    private static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String storable = text.replace("\u0000", "");
        return storable.length() <= length ? storable : storable.substring(0, length);
    }
}
