package io.escalationdesk.insight;

import io.escalationdesk.system.Labels;
import java.time.Clock;
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

    private final CaseActivityQueries queries;
    private final InsightProperties properties;
    private final Labels labels;
    private final Clock clock;

    ConversationFigures(CaseActivityQueries queries, InsightProperties properties, Labels labels, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.labels = labels;
        this.clock = clock;
    }

    public Report messages(InsightFilter filter) {
        Map<String, Map<String, Object>> received = byChannel(queries.messagesByChannel(filter, properties.timeZone()));
        Map<String, Map<String, Object>> waiting = byChannel(queries.waitingForAnAnswerByChannel());
        Report.Builder report = Report.titled("Customer messages")
                .coded("channel")
                .column("landed", "messages")
                .column("followUps", "messages")
                .column("newCases", "messages")
                .column("parked", "messages")
                .column("unanswered", "cases");
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
