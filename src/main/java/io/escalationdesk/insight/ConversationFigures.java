package io.escalationdesk.insight;

import io.escalationdesk.system.Labels;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What customers wrote to us, per inbound channel: the messages received in the period and where
 * they landed, and, live, the open cases whose customer wrote last and waits for a person's
 * answer.
 */
@Service
public class ConversationFigures {

    /** The inbound channels (conversation.InboundChannel), in the order the report lists them. */
    private static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WHATSAPP", "CHAT");
    /** A person's answer to the customer: a message they wrote, a question, the resolution. */
    private static final String ANSWERS = "('CUSTOMER_MESSAGED', 'INFORMATION_REQUESTED', 'RESOLVED')";

    private static final String LANDED = "('THREADED', 'FOLLOW_UP', 'NEW_CASE')";

    private final InsightQueries queries;
    private final InsightProperties properties;
    private final Labels labels;
    private final Clock clock;

    ConversationFigures(InsightQueries queries, InsightProperties properties, Labels labels, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.labels = labels;
        this.clock = clock;
    }

    public Report messages(InsightFilter filter) {
        ZoneId zone = properties.timeZone();
        Map<String, Object> params = new HashMap<>(Map.of(
                "from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(filter.to().atStartOfDay(zone).toInstant())));
        Map<String, Map<String, Object>> received = byChannel(queries.rows("""
            select channel,
              count(*) filter (where status in %s) as landed,
              count(*) filter (where status = 'FOLLOW_UP') as follow_ups,
              count(*) filter (where status = 'NEW_CASE') as new_cases,
              count(*) filter (where status = 'PARKED') as parked
            from inbound_message where received_at >= :from and received_at < :to
            group by channel""".formatted(LANDED), params));
        Map<String, Map<String, Object>> waiting = byChannel(queries.rows("""
            select m.channel, count(*) as unanswered
            from inbound_message m join escalation_case c on c.case_number = m.case_number
            where c.status = 'OPEN' and m.status in %1$s
              and m.id = (select max(l.id) from inbound_message l
                          where l.case_number = m.case_number and l.status in %1$s)
              and not exists (select 1 from notification_outbox o
                              where o.case_number = m.case_number and o.audience = 'CUSTOMER'
                                and o.event in %2$s and o.created_at > m.received_at)
            group by m.channel""".formatted(LANDED, ANSWERS), Map.of()));
        Report.Builder report = Report.titled("Customer messages")
                .coded("channel", "Channel")
                .column("landed", "Landed on a case", "messages")
                .column("followUps", "Opened a follow-up", "messages")
                .column("newCases", "Opened a case", "messages")
                .column("parked", "Parked", "messages")
                .column("unanswered", "Open cases waiting for our answer, now", "cases");
        for (String channel : CHANNELS) {
            Map<String, Object> row = received.getOrDefault(channel, Map.of());
            report.row(
                    channel,
                    labels.of("InboundChannel", channel),
                    Figures.count(row, "landed"),
                    Figures.count(row, "follow_ups"),
                    Figures.count(row, "new_cases"),
                    Figures.count(row, "parked"),
                    Figures.count(waiting.getOrDefault(channel, Map.of()), "unanswered"));
        }
        return report.note("Messages received on the period's days, on every case (the other "
                        + "filters do not apply to messages). Parked: bounces, automatic replies, our own "
                        + "mails, senders over their limit, unreadable messages. Waiting: the customer wrote "
                        + "last and no agent has written, asked or resolved since.")
                .build()
                .workedOutAt(clock.instant());
    }

    private static Map<String, Map<String, Object>> byChannel(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byChannel = new HashMap<>();
        rows.forEach(row -> byChannel.put((String) row.get("channel"), row));
        return byChannel;
    }
}
