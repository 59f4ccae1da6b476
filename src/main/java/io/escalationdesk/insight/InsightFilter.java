package io.escalationdesk.insight;

import static io.escalationdesk.system.SqlConditions.equal;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.InvalidFieldException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Which cases a figure counts: those opened on the days {@code [from, to)}, local dates in the
 * insight time zone, with the dimensions given. {@code level} is where a case entered (a stay's
 * own level for the figures about stays); {@code team} the team of the agent who escalated it
 * (the team whose queue held a stay).
 */
public record InsightFilter(
        LocalDate from, LocalDate to, Channel channel, Category category, Trigger trigger, Level level, String team) {

    /** The longest range one request may ask for: two years of days. */
    static final int MAX_DAYS = 731;

    public InsightFilter {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidFieldException("to", "a range is at most " + MAX_DAYS + " days long");
        }
        if (team != null && !Level.teams().contains(team)) {
            throw new InvalidFieldException("team", "must be one of " + Level.teams());
        }
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The period of the same length just before this one. */
    InsightFilter previous() {
        return new InsightFilter(from.minusDays(days()), from, channel, category, trigger, level, team);
    }

    /** The same cases over other days. */
    InsightFilter over(LocalDate from, LocalDate to) {
        return new InsightFilter(from, to, channel, category, trigger, level, team);
    }

    /** Contacts are reported per channel and team only: other filters cannot apply to them. */
    boolean appliesToContacts() {
        return category == null && trigger == null && level == null;
    }

    /** Conditions on {@code case_fact}. */
    String onCases(Map<String, Object> params) {
        return conditions(params, "entry_level", "team", team);
    }

    /**
     * The filter's cases as a subquery named {@code f}, for a report that joins them to another
     * table: only the columns named, the filter's conditions inside.
     */
    String casesAs(String columns, Map<String, Object> params) {
        return " (select " + columns + " from case_fact" + onCases(params) + ") f ";
    }

    /** Conditions on {@code case_level_visit}: a team is the one whose queue held the stay. */
    String onStays(Map<String, Object> params) {
        return conditions(
                params, "level", "level", team == null ? null : levelOfTeam().name());
    }

    private Level levelOfTeam() {
        for (Level candidate : Level.values()) {
            if (team.equals(candidate.candidateGroup())) {
                return candidate;
            }
        }
        throw new IllegalStateException("No level for team " + team);
    }

    private String conditions(Map<String, Object> params, String levelColumn, String teamColumn, String teamValue) {
        StringBuilder where = new StringBuilder(" where opened_day >= :from and opened_day < :to");
        params.put("from", from);
        params.put("to", to);
        equal(where, params, "channel", channel);
        equal(where, params, "category", category);
        equal(where, params, "escalation_trigger", trigger);
        equal(where, params, levelColumn, level);
        if (teamValue != null) {
            where.append(" and ").append(teamColumn).append(" = :team");
            params.put("team", teamValue);
        }
        return where.toString();
    }
}
