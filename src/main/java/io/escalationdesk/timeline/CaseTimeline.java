package io.escalationdesk.timeline;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The status updates of every case, oldest first; written only by {@link Timeline}. */
@Repository
public class CaseTimeline {

    private final JdbcClient jdbc;

    CaseTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the update with the partner team that has the case now, from the case record in the
     * same statement, if the update is about the level the case is at: the one who moves a case
     * (the engine) sets its partner first, and the writer of the update need not know it.
     */
    void record(StatusUpdate update) {
        jdbc.sql("""
            insert into case_status_update
              (case_number, occurred_at, actor, event, from_level, level, partner, reason,
               process_instance_id)
            values (:caseNumber, :occurredAt, :actor, :event, :fromLevel, :level,
              (select partner from escalation_case
               where case_number = :caseNumber and level = :level),
              :reason, :processInstanceId)
            """)
                .param("caseNumber", update.caseNumber())
                .param("occurredAt", Timestamp.from(update.occurredAt()))
                .param("actor", update.actor())
                .param("event", update.event().name())
                .param("fromLevel", nameOf(update.fromLevel()))
                .param("level", nameOf(update.level()))
                .param("reason", update.reason())
                .param("processInstanceId", update.processInstanceId())
                .update();
    }

    public List<StatusUpdate> of(String caseNumber) {
        return jdbc.sql("""
            select case_number, occurred_at, actor, event, from_level, level, partner, reason,
              process_instance_id
            from case_status_update where case_number = :caseNumber order by occurred_at, id
            """)
                .param("caseNumber", caseNumber)
                .query(CaseTimeline::statusUpdate)
                .list();
    }

    private static StatusUpdate statusUpdate(ResultSet row, int rowNumber) throws SQLException {
        return new StatusUpdate(
                row.getString("case_number"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                CaseEvent.valueOf(row.getString("event")),
                levelOf(row.getString("from_level")),
                levelOf(row.getString("level")),
                row.getString("partner"),
                row.getString("reason"),
                row.getString("process_instance_id"));
    }

    private static String nameOf(Level level) {
        return level == null ? null : level.name();
    }

    private static Level levelOf(String name) {
        return name == null ? null : Level.valueOf(name);
    }
}
