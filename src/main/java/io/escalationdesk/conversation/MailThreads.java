package io.escalationdesk.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Message-IDs of each case's mails: an answer that names one in In-Reply-To or References
 * belongs to that case, and our next mail to the customer names them in its own.
 */
@Repository
public class MailThreads {

    /** Who a mail of the thread was between. */
    public enum Kind {
        /** We wrote to the customer. */
        TO_CUSTOMER,
        /** The customer wrote to us. */
        FROM_CUSTOMER,
        /** We wrote to our own staff, such as a supervisor's SLA warning. */
        TO_STAFF
    }

    /** Enough of a thread for any mail program to place the next mail in it. */
    private static final int REFERENCED = 10;
    /** More references than a mail program writes are not looked up. */
    private static final int LOOKED_UP = 20;

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s@]+@[^<>\\s@]+>");
    private static final int LONGEST_ID = 255;

    private final JdbcClient jdbc;
    private final Clock clock;

    MailThreads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Once per Message-ID, however often a mail is sent or fetched again; an id that is no
     * Message-ID (a mail without one is known by its content's hash) is not kept.
     */
    public void record(String messageId, String caseNumber, Kind kind) {
        if (messageId.length() > LONGEST_ID || !MESSAGE_ID.matcher(messageId).matches()) {
            return;
        }
        jdbc.sql("""
            insert into mail_thread (message_id, case_number, kind, recorded_at)
            select :id, :caseNumber, :kind, :at
            where not exists (select 1 from mail_thread where message_id = :id)""")
                .param("id", messageId)
                .param("caseNumber", caseNumber)
                .param("kind", kind.name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The first of these Message-IDs that belongs to a case, with its case and kind. */
    Optional<Match> caseOf(List<String> messageIds) {
        for (String id : messageIds.subList(0, Math.min(messageIds.size(), LOOKED_UP))) {
            Optional<Match> match = jdbc.sql("select case_number, kind from mail_thread where message_id = ?")
                    .param(id)
                    .query((row, n) -> new Match(row.getString("case_number"), id, Kind.valueOf(row.getString("kind"))))
                    .optional();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    record Match(String caseNumber, String messageId, Kind kind) {}

    /** The latest Message-IDs between the case's customer and us, oldest first. */
    public List<String> of(String caseNumber) {
        List<String> ids = new ArrayList<>(jdbc.sql("""
            select message_id from mail_thread where case_number = ? and kind <> 'TO_STAFF'
            order by recorded_at desc, message_id""" + " limit " + REFERENCED)
                .param(caseNumber)
                .query(String.class)
                .list());
        Collections.reverse(ids);
        return ids;
    }
}
