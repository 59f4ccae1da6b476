package io.escalationdesk.insight;

import io.escalationdesk.cases.Priority;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.insight.CasesBehindFigures.Selection;
import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import io.escalationdesk.insight.VolumeFigures.Dimension;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the reports over the facts tables ({@code case_fact}, {@code case_level_visit},
 * {@code contact_volume}) and the open cases: each one indexed query, grouped by a dimension, a
 * day or an ISO week. Rows come as column names (lower case) to values. The reports that join
 * the period's cases to other rooms' tables ask {@link CaseActivityQueries}.
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
    private static final String CASE_COUNTS = """
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
    private static final String CASE_TOTALS = CASE_COUNTS + """
      ,
      percentile_cont(0.5) within group (order by resolve_business_seconds) as resolve_business_median,
      percentile_cont(0.9) within group (order by resolve_business_seconds) as resolve_business_p90,
      percentile_cont(0.5) within group (order by resolve_elapsed_seconds) as resolve_elapsed_median,
      percentile_cont(0.9) within group (order by resolve_elapsed_seconds) as resolve_elapsed_p90""";

    /** The counts of {@link StayTotals}, over case_level_visit. */
    private static final String STAY_COUNTS = """
      count(*) filter (where left_at is not null) as ended,
      count(*) filter (where breached) as breached,
      count(*) filter (where warned) as warned,
      count(*) filter (where warned and breached) as warned_then_breached,
      count(*) filter (where first_response_missed) as missed_first_responses""";

    /** Every aggregate of {@link StayTotals}: the counts and the first response percentiles. */
    private static final String STAY_TOTALS = STAY_COUNTS + """
      ,
      percentile_cont(0.5) within group (order by first_response_business_seconds) as fr_business_median,
      percentile_cont(0.9) within group (order by first_response_business_seconds) as fr_business_p90,
      percentile_cont(0.5) within group (order by first_response_elapsed_seconds) as fr_elapsed_median,
      percentile_cont(0.9) within group (order by first_response_elapsed_seconds) as fr_elapsed_p90""";

    /** How a stay moved on: escalated, handed off, or breached and went up. */
    static final String MOVED_ON = "('ESCALATED', 'HANDED_OFF', 'SLA_BREACHED')";

    /** What a team or an agent held: the stays whose task they took first. */
    private static final String HELD = """
      count(*) as held,
      count(*) filter (where left_at is not null) as ended,
      count(*) filter (where left_event in %s) as moved_on,
      count(*) filter (where entered_event = 'ROUTED' and left_at is not null) as first_stays_ended,
      count(*) filter (where entered_event = 'ROUTED' and left_event = 'RESOLVED') as resolved_first,
      count(*) filter (where breached) as breaches""".formatted(MOVED_ON);

    private static final String PUSH_DOWN = "escalated and closed_event = 'RESOLVED' and resolved_level <> 'TIER1' "
            + "and resolution_code in (:resolutions)";

    /** A row as column names (lower case) to values. */
    static final RowMapper<Map<String, Object>> COLUMNS = (row, n) -> {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
            values.put(row.getMetaData().getColumnLabel(i).toLowerCase(), row.getObject(i));
        }
        return values;
    };

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

    /** Contacts of the period by channel or by team; none by the dimensions contacts have not. */
    Map<String, Long> contactsBy(InsightFilter filter, Dimension by) {
        String column = switch (by) {
            case CHANNEL -> "channel";
            case TEAM -> "team";
            default -> null;
        };
        Map<String, Long> contacts = new HashMap<>();
        if (column == null) {
            return contacts;
        }
        rows(
                        "select " + column + " as dimension, sum(contacts) as contacts from contact_volume "
                                + "where contact_day >= :from and contact_day < :to group by " + column,
                        Map.of("from", filter.from(), "to", filter.to()))
                .forEach(row -> contacts.put((String) row.get("dimension"), Figures.count(row, "contacts")));
        return contacts;
    }

    /** Cases opened and escalated by a dimension, its value as {@code dimension}. */
    List<Map<String, Object>> caseCountsBy(InsightFilter filter, Dimension by) {
        String column = switch (by) {
            case CHANNEL -> "channel";
            case CATEGORY -> "category";
            case TRIGGER -> "escalation_trigger";
            case PRIORITY -> "priority";
            case SEGMENT -> "customer_segment";
            case LEVEL -> "entry_level";
            case TEAM -> "team";
        };
        Map<String, Object> params = caseParams();
        return rows(
                "select " + column + " as dimension, " + CASE_COUNTS + " from case_fact" + filter.onCases(params)
                        + " group by " + column + " order by " + column,
                params);
    }

    /** The counts by trigger and category. */
    List<Map<String, Object>> caseCountsByTriggerAndCategory(InsightFilter filter) {
        return casesGroupedBy(filter, CASE_COUNTS, "escalation_trigger", "category");
    }

    /** Every aggregate by the level that resolved the case, with the cases opened. */
    List<Map<String, Object>> caseTotalsByResolvedLevel(InsightFilter filter) {
        return casesGroupedBy(filter, "count(*) as opened_cases, " + CASE_TOTALS, "resolved_level");
    }

    /** Every aggregate of the stays by level, with their number. */
    List<Map<String, Object>> stayTotalsByLevel(InsightFilter filter) {
        return staysGroupedBy(filter, "count(*) as stays, " + STAY_TOTALS, "level");
    }

    /** The stays' counts by level and priority, in the ladder's order. */
    List<Map<String, Object>> stayCountsByLevelAndPriority(InsightFilter filter) {
        return inLadderOrder(staysGroupedBy(filter, STAY_COUNTS, "level", "priority"));
    }

    /** Every aggregate of the stays a partner team held, by partner. */
    List<Map<String, Object>> stayTotalsByPartner(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return rows(
                "select partner, count(*) as stays, " + STAY_TOTALS + " from case_level_visit" + filter.onStays(params)
                        + " and partner is not null group by partner order by partner",
                params);
    }

    /** What the queue of a level held, in the ladder's order. */
    List<Map<String, Object>> heldByLevel(InsightFilter filter) {
        return inLadderOrder(staysGroupedBy(filter, HELD, "level"));
    }

    /** What each agent held at each level: {@code held_by}, {@code level}. */
    List<Map<String, Object>> heldByAgentAndLevel(InsightFilter filter) {
        return staysGroupedBy(filter, HELD, "held_by", "level");
    }

    /** What each agent held each ISO week: {@code held_by}, {@code opened_week}. */
    List<Map<String, Object>> heldByAgentAndWeek(InsightFilter filter) {
        return staysGroupedBy(filter, HELD, "held_by", "opened_week");
    }

    /**
     * By trigger, category and the policy rule that routed them: the cases escalated and those
     * then resolved above Tier 1 with a resolution Tier 1 could have given, most first.
     */
    List<Map<String, Object>> pushDownCandidates(InsightFilter filter) {
        Map<String, Object> params = pushDownParams();
        return rows(
                "select escalation_trigger, category, policy_rule, "
                        + "count(*) filter (where escalated) as escalated, "
                        + "count(*) filter (where " + PUSH_DOWN + ") as candidates "
                        + "from case_fact" + filter.onCases(params)
                        + " group by escalation_trigger, category, policy_rule"
                        + " order by candidates desc, escalated desc",
                params);
    }

    /** A page of the numbers of the cases a figure counts, newest first. */
    List<String> caseNumbers(InsightFilter filter, Selection selection, int page, int size) {
        Map<String, Object> params = pushDownParams();
        return rows(
                        "select case_number from case_fact" + filter.onCases(params) + " and " + condition(selection)
                                + " order by opened_at desc, case_number limit " + size + " offset "
                                + (long) page * size,
                        params)
                .stream()
                .map(row -> (String) row.get("case_number"))
                .toList();
    }

    /** How many cases a figure counts. */
    long caseCount(InsightFilter filter, Selection selection) {
        Map<String, Object> params = pushDownParams();
        return Figures.count(
                rows(
                                "select count(*) as total from case_fact" + filter.onCases(params) + " and "
                                        + condition(selection),
                                params)
                        .get(0),
                "total");
    }

    private static String condition(Selection selection) {
        return switch (selection) {
            case OPENED -> "true";
            case ESCALATED -> "escalated";
            case BREACHED -> "breaches > 0";
            case AVOIDABLE -> "avoidable and escalated";
            case FIRST_CONTACT_RESOLVED -> "closed_event = 'RESOLVED' and transfers = 0";
            case REPEAT_CONTACT -> "followed_up_after_seconds <= :repeatSeconds";
            case PUSH_DOWN -> PUSH_DOWN;
        };
    }

    /**
     * The open cases now by level and partner, counted by how long they have been open: under 4
     * hours, under a day, under 3 days, older; the level's own team's first.
     */
    List<Map<String, Object>> openCasesByAge(Instant now) {
        return inLadderOrder(rows(
                """
            select level, partner,
              count(*) filter (where opened_at > :hours4) as under4h,
              count(*) filter (where opened_at <= :hours4 and opened_at > :day1) as under1d,
              count(*) filter (where opened_at <= :day1 and opened_at > :days3) as under3d,
              count(*) filter (where opened_at <= :days3) as older,
              count(*) as total
            from escalation_case where status = 'OPEN' group by level, partner
            order by case when partner is null then 0 else 1 end, partner""",
                Map.of(
                        "hours4",
                        Timestamp.from(now.minus(Duration.ofHours(4))),
                        "day1",
                        Timestamp.from(now.minus(Duration.ofDays(1))),
                        "days3",
                        Timestamp.from(now.minus(Duration.ofDays(3))))));
    }

    /** The open cases whose SLA runs out in {@code [now, until)}, soonest first. */
    List<Map<String, Object>> openCasesDue(Instant now, Instant until) {
        return rows("""
            select f.case_number, c.level, c.partner, c.priority, c.customer_name, f.sla_due_at
            from case_fact f join escalation_case c on c.case_number = f.case_number
            where f.sla_due_at >= :now and f.sla_due_at < :until and c.status = 'OPEN'
            order by f.sla_due_at, f.case_number""", Map.of("now", Timestamp.from(now), "until", Timestamp.from(until)));
    }

    private Map<String, Object> caseParams() {
        return new HashMap<>(Map.of("repeatSeconds", properties.repeatContactDays() * 86_400L));
    }

    private Map<String, Object> pushDownParams() {
        Map<String, Object> params = caseParams();
        params.put(
                "resolutions",
                properties.pushDownResolutions().stream().map(Enum::name).toList());
        return params;
    }

    /** Aggregates over case_fact, grouped by the columns named (none: one row). */
    private List<Map<String, Object>> casesGroupedBy(InsightFilter filter, String aggregates, String... columns) {
        Map<String, Object> params = caseParams();
        return grouped("case_fact", filter.onCases(params), params, aggregates, columns);
    }

    /** Aggregates over case_level_visit, grouped by the columns named (none: one row). */
    private List<Map<String, Object>> staysGroupedBy(InsightFilter filter, String aggregates, String... columns) {
        Map<String, Object> params = new HashMap<>();
        return grouped("case_level_visit", filter.onStays(params), params, aggregates, columns);
    }

    private List<Map<String, Object>> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(COLUMNS).list();
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
