package io.escalationdesk.timeline;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the status updates of every case, oldest first; {@link TimelineWriter} writes them. */
@Repository
public class TimelineReader {

    private final JdbcClient jdbc;

    TimelineReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StatusUpdate> of(String caseNumber) {
        return jdbc.sql("""
            select case_number, occurred_at, actor, event, from_level, level, partner, reason,
              process_instance_id
            from case_status_update where case_number = :caseNumber order by occurred_at, id
            """)
                .param("caseNumber", caseNumber)
                .query(TimelineReader::statusUpdate)
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

    private static Level levelOf(String name) {
        return name == null ? null : Level.valueOf(name);
    }
}
