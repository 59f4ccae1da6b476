package io.escalationdesk.insight;

import io.escalationdesk.cases.Priority;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregates behind the figures: each one indexed query over the facts tables, grouped by a
 * dimension, a day or an ISO week. Rows come as column names (lower case) to values.
 */
@Repository
class InsightQueries {

    /** How a period's totals are grouped. */
    enum Bucket {
        DAY("opened_day"),
        WEEK("opened_week");

        final String column;

        Bucket(String column) {
            this.column = column;
        }
    }

    /** The counts of {@link CaseTotals}, over case_fact: cheap, for every report. */
    static final String CASE_COUNTS = """
      count(*) as opened,
      count(*) filter (where escalated) as escalated,
      count(*) filter (where entry_level = 'TIER1') as entered_tier1,
      count(*) filter (where entry_level = 'TIER1' and escalated) as left_tier1,
      count(*) filter (where closed_at is not null) as closed,
      count(*) filter (where closed_event = 'RESOLVED') as resolved,
      count(*) filter (where closed_event = 'RESOLVED' and transfers = 0) as resolved_first_contact,
      coalesce(sum(transfers), 0) as transfers,
      count(*) filter (where avoidable and escalated) as avoidable_escalated,
      count(*) filter (where followed_up_after_seconds <= :repeatSeconds) as repeats""";

    /**
     * Every aggregate of {@link CaseTotals}: the counts and the percentiles of the time to resolve,
     * which sort every case of the period and cost several times what the counts do.
     */
    static final String CASE_TOTALS = CASE_COUNTS + """
      ,
      percentile_cont(0.5) within group (order by resolve_business_seconds) as resolve_business_median,
      percentile_cont(0.9) within group (order by resolve_business_seconds) as resolve_business_p90,
      percentile_cont(0.5) within group (order by resolve_elapsed_seconds) as resolve_elapsed_median,
      percentile_cont(0.9) within group (order by resolve_elapsed_seconds) as resolve_elapsed_p90""";

    /** The counts of {@link StayTotals}, over case_level_visit. */
    static final String STAY_COUNTS = """
      count(*) filter (where left_at is not null) as ended,
      count(*) filter (where breached) as breached,
      count(*) filter (where warned) as warned,
      count(*) filter (where warned and breached) as warned_then_breached,
      count(*) filter (where first_response_missed) as missed_first_responses""";

    /** Every aggregate of {@link StayTotals}: the counts and the first response percentiles. */
    static final String STAY_TOTALS = STAY_COUNTS + """
      ,
      percentile_cont(0.5) within group (order by first_response_business_seconds) as fr_business_median,
      percentile_cont(0.9) within group (order by first_response_business_seconds) as fr_business_p90,
      percentile_cont(0.5) within group (order by first_response_elapsed_seconds) as fr_elapsed_median,
      percentile_cont(0.9) within group (order by first_response_elapsed_seconds) as fr_elapsed_p90""";

    private final JdbcClient jdbc;
    private final InsightProperties properties;

    InsightQueries(JdbcClient jdbc, InsightProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    CaseTotals caseTotals(InsightFilter filter) {
        return casesGroupedBy(filter, CASE_TOTALS).stream()
                .findFirst()
                .map(CaseTotals::of)
                .orElse(CaseTotals.NONE);
    }

    StayTotals stayTotals(InsightFilter filter) {
        return staysGroupedBy(filter, STAY_TOTALS).stream()
                .findFirst()
                .map(StayTotals::of)
                .orElse(StayTotals.NONE);
    }

    Map<LocalDate, CaseTotals> caseTotals(InsightFilter filter, Bucket bucket) {
        return byDay(casesGroupedBy(filter, CASE_TOTALS, bucket.column), bucket.column, CaseTotals::of);
    }

    Map<LocalDate, StayTotals> stayTotals(InsightFilter filter, Bucket bucket) {
        return byDay(staysGroupedBy(filter, STAY_TOTALS, bucket.column), bucket.column, StayTotals::of);
    }

    /** Contacts reported for the filter's channel and team, by day. */
    Map<LocalDate, Long> contactsByDay(InsightFilter filter) {
        StringBuilder sql = new StringBuilder("select contact_day, sum(contacts) as contacts "
                + "from contact_volume where contact_day >= :from and contact_day < :to");
        Map<String, Object> params = new HashMap<>(Map.of("from", filter.from(), "to", filter.to()));
        if (filter.channel() != null) {
            sql.append(" and channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.team() != null) {
            sql.append(" and team = :team");
            params.put("team", filter.team());
        }
        return byDay(rows(sql + " group by contact_day", params), "contact_day", row -> Figures.count(row, "contacts"));
    }

    /** Contacts of the period by channel or by team. */
    Map<String, Long> contactsBy(InsightFilter filter, String column) {
        Map<String, Long> contacts = new HashMap<>();
        rows(
                        "select " + column + ", sum(contacts) as contacts from contact_volume "
                                + "where contact_day >= :from and contact_day < :to group by " + column,
                        Map.of("from", filter.from(), "to", filter.to()))
                .forEach(row -> contacts.put((String) row.get(column), Figures.count(row, "contacts")));
        return contacts;
    }

    /** Aggregates over case_fact, grouped by the columns named (none: one row). */
    List<Map<String, Object>> casesGroupedBy(InsightFilter filter, String aggregates, String... columns) {
        Map<String, Object> params = new HashMap<>(Map.of("repeatSeconds", properties.repeatContactDays() * 86_400L));
        return grouped("case_fact", filter.onCases(params), params, aggregates, columns);
    }

    /** Aggregates over case_level_visit, grouped by the columns named (none: one row). */
    List<Map<String, Object>> staysGroupedBy(InsightFilter filter, String aggregates, String... columns) {
        Map<String, Object> params = new HashMap<>();
        return grouped("case_level_visit", filter.onStays(params), params, aggregates, columns);
    }

    /** Any other query of a report. */
    List<Map<String, Object>> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql)
                .params(params)
                .query((row, n) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        values.put(row.getMetaData().getColumnLabel(i).toLowerCase(), row.getObject(i));
                    }
                    return values;
                })
                .list();
    }

    /**
     * Rows by their level in the ladder's order, Tier 1 first, then by priority where they have
     * one, rather than alphabetically.
     */
    static List<Map<String, Object>> inLadderOrder(List<Map<String, Object>> rows) {
        Comparator<Map<String, Object>> byLevel = Comparator.comparing(row -> Level.valueOf((String) row.get("level")));
        return rows.stream()
                .sorted(byLevel.thenComparing(row ->
                        row.get("priority") == null ? Priority.LOW : Priority.valueOf((String) row.get("priority"))))
                .toList();
    }

    private List<Map<String, Object>> grouped(
            String table, String where, Map<String, Object> params, String aggregates, String... columns) {
        if (columns.length == 0) {
            return rows("select " + aggregates + " from " + table + where, params);
        }
        String groups = String.join(", ", columns);
        return rows(
                "select " + groups + ", " + aggregates + " from " + table + where + " group by " + groups + " order by "
                        + groups,
                params);
    }

    private static <T> Map<LocalDate, T> byDay(
            List<Map<String, Object>> rows, String dayColumn, Function<Map<String, Object>, T> totals) {
        Map<LocalDate, T> byDay = new LinkedHashMap<>();
        rows.forEach(row -> byDay.put(localDate(row.get(dayColumn)), totals.apply(row)));
        return byDay;
    }

    /** A point in time as JDBC drivers give {@code timestamp with time zone}. */
    static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) value).toInstant();
    }

    static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
