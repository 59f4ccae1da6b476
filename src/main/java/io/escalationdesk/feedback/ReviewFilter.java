package io.escalationdesk.feedback;

import static io.escalationdesk.system.SqlConditions.equal;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.InvalidFieldException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Which lessons or survey answers the review shows: noted or answered in {@code [from, to)}, with
 * the case's trigger and category and the level (where the lesson was noted, or that resolved the
 * case); every criterion optional.
 */
public record ReviewFilter(Instant from, Instant to, Trigger trigger, Category category, Level level) {

    public ReviewFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldException("to", "must be after from");
        }
    }

    /** Conditions on a table with the columns named. */
    String where(String timeColumn, String levelColumn, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (from != null) {
            where.append(" and ").append(timeColumn).append(" >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and ").append(timeColumn).append(" < :to");
            params.put("to", Timestamp.from(to));
        }
        equal(where, params, "escalation_trigger", trigger);
        equal(where, params, "category", category);
        equal(where, params, levelColumn, level);
        return where.toString();
    }
}
