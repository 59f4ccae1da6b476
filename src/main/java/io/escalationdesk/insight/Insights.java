package io.escalationdesk.insight;

import io.escalationdesk.cases.CasePage;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import io.escalationdesk.insight.InsightQueries.Bucket;
import io.escalationdesk.system.Labels;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The figures of the team and the policy: volume, rates, times, SLAs, the backlog and what is at
 * risk now, avoidable escalations and what Tier 1 could take over. Each is a {@link Report}.
 */
@Service
public class Insights {

    /** A report's rows grouped by one of the case's dimensions. */
    public enum Dimension {
        CHANNEL("channel", Channel.class),
        CATEGORY("category", Category.class),
        TRIGGER("escalation_trigger", Trigger.class),
        PRIORITY("priority", Priority.class),
        SEGMENT("customer_segment", CustomerSegment.class),
        LEVEL("entry_level", Level.class),
        TEAM("team", null);

        final String column;
        final Class<? extends Enum<?>> codes;

        Dimension(String column, Class<? extends Enum<?>> codes) {
            this.column = column;
            this.codes = codes;
        }
    }

    /** Trends by day or by ISO week. */
    public enum Granularity {
        DAY,
        WEEK
    }

    /** The cases behind a figure: which of the cases opened in the period it counts. */
    public enum Selection {
        OPENED("true"),
        ESCALATED("escalated"),
        BREACHED("breaches > 0"),
        AVOIDABLE("avoidable and escalated"),
        FIRST_CONTACT_RESOLVED("closed_event = 'RESOLVED' and transfers = 0"),
        REPEAT_CONTACT("followed_up_after_seconds <= :repeatSeconds"),
        PUSH_DOWN("escalated and closed_event = 'RESOLVED' and resolved_level <> 'TIER1' "
                + "and resolution_code in (:resolutions)");

        final String condition;

        Selection(String condition) {
            this.condition = condition;
        }
    }

    private final InsightQueries queries;
    private final CaseRecords records;
    private final InsightProperties properties;
    private final PolicyRules policyRules;
    private final Satisfaction satisfaction;
    private final Labels labels;
    private final Partners partners;
    private final Clock clock;

    Insights(
            InsightQueries queries,
            CaseRecords records,
            InsightProperties properties,
            PolicyRules policyRules,
            Satisfaction satisfaction,
            Labels labels,
            Partners partners,
            Clock clock) {
        this.queries = queries;
        this.partners = partners;
        this.satisfaction = satisfaction;
        this.records = records;
        this.properties = properties;
        this.policyRules = policyRules;
        this.labels = labels;
        this.clock = clock;
    }

    /** Today in the insight time zone: the last day a default range covers. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.timeZone());
    }

    /** A page of the cases a figure counts, newest first: the click from a figure to its cases. */
    public CasePage cases(InsightFilter filter, Selection selection, int page, int size) {
        Map<String, Object> params = new HashMap<>(Map.of(
                "repeatSeconds",
                properties.repeatContactDays() * 86_400L,
                "resolutions",
                properties.pushDownResolutions().stream().map(Enum::name).toList()));
        String where = filter.onCases(params) + " and " + selection.condition;
        List<String> numbers = queries
                .rows(
                        "select case_number from case_fact" + where
                                + " order by opened_at desc, case_number limit " + size + " offset "
                                + (long) page * size,
                        params)
                .stream()
                .map(row -> (String) row.get("case_number"))
                .toList();
        long total = Figures.count(
                queries.rows("select count(*) as total from case_fact" + where, params)
                        .get(0),
                "total");
        return new CasePage(records.findAll(numbers), page, size, total, true);
    }

    /** What every KPI means. */
    public Report definitions() {
        Report.Builder report = Report.titled("KPI definitions")
                .column("kpi", "KPI", null)
                .column("label", "Figure", null)
                .column("unit", "Unit", null)
                .column("definition", "Definition", null);
        for (Kpi kpi : Kpi.values()) {
            report.row(kpi.key, kpi.label, kpi.unit, kpi.definition(properties));
        }
        satisfaction.definitions().forEach(definition -> report.row((Object[]) definition));
        Frontline.DEFINITIONS.forEach(definition -> report.row((Object[]) definition));
        return report.build();
    }

    /**
     * Every KPI of the period, beside the period of the same length before it; then the survey's:
     * response rate, satisfaction, dissatisfied customers.
     */
    public Report summary(InsightFilter filter) {
        Figures now = figures(filter);
        Figures before = figures(filter.previous());
        Report.Builder report = Report.titled("Summary")
                .column("kpi", "KPI", null)
                .column("label", "Figure", null)
                .column("value", "This period", null)
                .column("previous", "Previous period", null)
                .column("unit", "Unit", null)
                .column("definition", "Definition", null);
        for (Kpi kpi : Kpi.values()) {
            report.row(
                    kpi.key,
                    kpi.label,
                    now.value(kpi),
                    comparable(kpi, now, before),
                    now.unitOf(kpi),
                    kpi.definition(properties));
        }
        satisfaction.summaryRows(filter).forEach(report::row);
        return noteRate(report, now).build();
    }

    /** Every KPI by day or ISO week, each bucket beside the same bucket of the previous period. */
    public Report trends(InsightFilter filter, Granularity granularity) {
        Bucket bucket = granularity == Granularity.DAY ? Bucket.DAY : Bucket.WEEK;
        List<LocalDate> buckets = buckets(filter, granularity);
        List<LocalDate> previousBuckets = buckets(filter.previous(), granularity);
        Map<LocalDate, Long> contactsByDay = queries.contactsByDay(filter);
        // the period's basis for the rate: every bucket counts on it
        Figures basis = Figures.of(CaseTotals.NONE, StayTotals.NONE, contacts(filter, contactsByDay));
        Map<LocalDate, Figures> now = figuresBy(filter, bucket, granularity, contactsByDay);
        Map<LocalDate, Figures> before =
                figuresBy(filter.previous(), bucket, granularity, queries.contactsByDay(filter.previous()));
        Report.Builder report = Report.titled("Trends by " + granularity.name().toLowerCase())
                .column("bucket", granularity == Granularity.DAY ? "Day" : "Week of", null)
                .column("previousBucket", "Previous period", null);
        for (Kpi kpi : Kpi.values()) {
            String unit = basis.unitOf(kpi);
            report.column(kpi.key, kpi.label, unit)
                    .column("previous" + capitalized(kpi.key), kpi.label + ", previous period", unit);
        }
        for (int i = 0; i < buckets.size(); i++) {
            LocalDate previousBucket = i < previousBuckets.size() ? previousBuckets.get(i) : null;
            Figures current = now.getOrDefault(buckets.get(i), Figures.NONE);
            Figures earlier = previousBucket == null ? Figures.NONE : before.getOrDefault(previousBucket, Figures.NONE);
            List<Object> values = new ArrayList<>(
                    List.of(buckets.get(i).toString(), previousBucket == null ? "" : previousBucket.toString()));
            for (Kpi kpi : Kpi.values()) {
                values.add(current.value(kpi));
                values.add(comparable(kpi, current, earlier));
            }
            report.row(values.toArray());
        }
        return noteRate(report, basis).build();
    }

    /** First response, time to resolve and SLAs, level by level. */
    public Report levels(InsightFilter filter) {
        Map<String, Map<String, Object>> stays = byKey(
                queries.staysGroupedBy(filter, "count(*) as stays, " + InsightQueries.STAY_TOTALS, "level"), "level");
        Map<String, Map<String, Object>> resolved = byKey(
                queries.casesGroupedBy(
                        filter, "count(*) as opened_cases, " + InsightQueries.CASE_TOTALS, "resolved_level"),
                "resolved_level");
        Report.Builder report = Report.titled("Levels").coded("level", "Level").column("stays", "Stays", "stays");
        List<Kpi> stayKpis = List.of(
                Kpi.FIRST_RESPONSE_MEDIAN,
                Kpi.FIRST_RESPONSE_P90,
                Kpi.FIRST_RESPONSE_ELAPSED_MEDIAN,
                Kpi.FIRST_RESPONSE_ELAPSED_P90,
                Kpi.SLA_ACHIEVEMENT,
                Kpi.BREACH_RATE,
                Kpi.WARNINGS_FOLLOWED_BY_BREACH,
                Kpi.MISSED_FIRST_RESPONSES);
        List<Kpi> resolveKpis = List.of(
                Kpi.TIME_TO_RESOLVE_MEDIAN,
                Kpi.TIME_TO_RESOLVE_P90,
                Kpi.TIME_TO_RESOLVE_ELAPSED_MEDIAN,
                Kpi.TIME_TO_RESOLVE_ELAPSED_P90);
        stayKpis.forEach(kpi -> report.column(kpi.key, kpi.label, kpi.unit));
        report.column("resolved", "Resolved here", "cases");
        resolveKpis.forEach(kpi -> report.column(kpi.key, kpi.label, kpi.unit));
        for (Level level : Level.values()) {
            if (level == Level.CLOSED) {
                continue;
            }
            Map<String, Object> stayRow = stays.get(level.name());
            Map<String, Object> resolvedRow = resolved.get(level.name());
            Figures figures = Figures.of(
                    resolvedRow == null ? CaseTotals.NONE : CaseTotals.of(resolvedRow),
                    stayRow == null ? StayTotals.NONE : StayTotals.of(stayRow),
                    null);
            List<Object> values = new ArrayList<>(
                    List.of(level.name(), labels.of(level), stayRow == null ? 0L : Figures.count(stayRow, "stays")));
            stayKpis.forEach(kpi -> values.add(figures.value(kpi)));
            values.add(figures.cases().resolved());
            resolveKpis.forEach(kpi -> values.add(figures.value(kpi)));
            report.row(values.toArray());
        }
        return report.note("A stay counts for the cases opened in the period; time to resolve for "
                        + "the level that resolved the case.")
                .build();
    }

    /** SLA achievement and breaches by level and priority. */
    public Report slaByLevelAndPriority(InsightFilter filter) {
        Report.Builder report = Report.titled("SLAs by level and priority")
                .coded("level", "Level")
                .coded("priority", "Priority")
                .column("ended", "Stays ended", "stays")
                .column("breached", "Breached", "stays")
                .column(Kpi.SLA_ACHIEVEMENT.key, Kpi.SLA_ACHIEVEMENT.label, "%")
                .column(Kpi.BREACH_RATE.key, Kpi.BREACH_RATE.label, "%")
                .column(Kpi.WARNINGS_FOLLOWED_BY_BREACH.key, Kpi.WARNINGS_FOLLOWED_BY_BREACH.label, "%")
                .column(Kpi.MISSED_FIRST_RESPONSES.key, Kpi.MISSED_FIRST_RESPONSES.label, "stays");
        for (Map<String, Object> row : InsightQueries.inLadderOrder(
                queries.staysGroupedBy(filter, InsightQueries.STAY_COUNTS, "level", "priority"))) {
            Figures figures = Figures.of(CaseTotals.NONE, StayTotals.of(row), null);
            report.row(
                    row.get("level"),
                    labels.of(Level.valueOf((String) row.get("level"))),
                    row.get("priority"),
                    labels.of(Priority.valueOf((String) row.get("priority"))),
                    figures.stays().ended(),
                    figures.stays().breached(),
                    figures.value(Kpi.SLA_ACHIEVEMENT),
                    figures.value(Kpi.BREACH_RATE),
                    figures.value(Kpi.WARNINGS_FOLLOWED_BY_BREACH),
                    figures.value(Kpi.MISSED_FIRST_RESPONSES));
        }
        return report.build();
    }

    /** Cases opened and escalated by one dimension, with their escalation rate. */
    public Report volume(InsightFilter filter, Dimension by) {
        Map<String, Long> contacts = by == Dimension.CHANNEL || by == Dimension.TEAM
                ? queries.contactsBy(filter, by == Dimension.CHANNEL ? "channel" : "team")
                : Map.of();
        Report.Builder report = Report.titled("Volume by " + by.name().toLowerCase())
                .coded("key", capitalized(by.name().toLowerCase()))
                .column(Kpi.CONTACTS.key, Kpi.CONTACTS.label, Kpi.CONTACTS.unit)
                .column(Kpi.CASES_OPENED.key, Kpi.CASES_OPENED.label, Kpi.CASES_OPENED.unit)
                .column(Kpi.CASES_ESCALATED.key, Kpi.CASES_ESCALATED.label, Kpi.CASES_ESCALATED.unit)
                .column(Kpi.ESCALATION_RATE.key, Kpi.ESCALATION_RATE.label, null)
                .column("rateUnit", "Rate per", null)
                .column(Kpi.FIRST_CONTACT_RESOLUTION.key, Kpi.FIRST_CONTACT_RESOLUTION.label, "%")
                .column(Kpi.AVOIDABLE_SHARE.key, Kpi.AVOIDABLE_SHARE.label, "%");
        for (Map<String, Object> row : queries.casesGroupedBy(filter, InsightQueries.CASE_COUNTS, by.column)) {
            String key = (String) row.get(by.column);
            Long reported = filter.appliesToContacts() ? contacts.get(key) : null;
            Figures figures = Figures.of(CaseTotals.of(row), StayTotals.NONE, reported);
            report.row(
                    key,
                    labelOf(by, key),
                    reported,
                    figures.cases().opened(),
                    figures.cases().escalated(),
                    figures.value(Kpi.ESCALATION_RATE),
                    figures.unitOf(Kpi.ESCALATION_RATE),
                    figures.value(Kpi.FIRST_CONTACT_RESOLUTION),
                    figures.value(Kpi.AVOIDABLE_SHARE));
        }
        return report.build();
    }

    /** Escalations the policy marks as avoidable, by trigger and category, most first. */
    public Report avoidable(InsightFilter filter) {
        Report.Builder report = Report.titled("Avoidable escalations")
                .coded("trigger", "Trigger")
                .coded("category", "Category")
                .column(Kpi.CASES_ESCALATED.key, Kpi.CASES_ESCALATED.label, "cases")
                .column("avoidable", "Avoidable", "cases")
                .column(Kpi.AVOIDABLE_SHARE.key, Kpi.AVOIDABLE_SHARE.label, "%");
        queries.casesGroupedBy(filter, InsightQueries.CASE_COUNTS, "escalation_trigger", "category").stream()
                .map(row -> Map.entry(row, CaseTotals.of(row)))
                .filter(entry -> entry.getValue().escalated() > 0)
                .sorted((a, b) -> Long.compare(
                        b.getValue().avoidableEscalated(), a.getValue().avoidableEscalated()))
                .forEach(entry -> {
                    CaseTotals totals = entry.getValue();
                    String trigger = (String) entry.getKey().get("escalation_trigger");
                    String category = (String) entry.getKey().get("category");
                    report.row(
                            trigger,
                            labels.of(Trigger.valueOf(trigger)),
                            category,
                            labels.of(Category.valueOf(category)),
                            totals.escalated(),
                            totals.avoidableEscalated(),
                            Figures.percent(totals.avoidableEscalated(), totals.escalated()));
                });
        return report.build();
    }

    /**
     * Push-down candidates: trigger and category pairs escalated and then resolved above Tier 1
     * with a resolution Tier 1 could have given, with the policy rule that routed them.
     */
    public Report pushDown(InsightFilter filter) {
        List<ResolutionCode> tier1Could = properties.pushDownResolutions();
        Map<String, Object> params = new HashMap<>();
        String where = filter.onCases(params);
        params.put("resolutions", tier1Could.stream().map(Enum::name).toList());
        List<Map<String, Object>> rows = queries.rows(
                "select escalation_trigger, category, policy_rule, "
                        + "count(*) filter (where escalated) as escalated, "
                        + "count(*) filter (where " + Selection.PUSH_DOWN.condition + ") as candidates "
                        + "from case_fact" + where
                        + " group by escalation_trigger, category, policy_rule"
                        + " order by candidates desc, escalated desc",
                params);
        Report.Builder report = Report.titled("Push-down candidates")
                .coded("trigger", "Trigger")
                .coded("category", "Category")
                .column(Kpi.CASES_ESCALATED.key, Kpi.CASES_ESCALATED.label, "cases")
                .column("candidates", "Resolved above Tier 1 as Tier 1 could have", "cases")
                .column("share", "Share of the escalated", "%")
                .column("policyRule", "Policy rule", null)
                .column("policyRuleDescription", "What the rule says", null);
        Map<String, String> rules = policyRules.descriptions();
        rows.stream().filter(row -> Figures.count(row, "candidates") > 0).forEach(row -> {
            String trigger = (String) row.get("escalation_trigger");
            String category = (String) row.get("category");
            String rule = row.get("policy_rule") == null ? "" : (String) row.get("policy_rule");
            long escalated = Figures.count(row, "escalated");
            long candidates = Figures.count(row, "candidates");
            report.row(
                    trigger,
                    labels.of(Trigger.valueOf(trigger)),
                    category,
                    labels.of(Category.valueOf(category)),
                    escalated,
                    candidates,
                    Figures.percent(candidates, escalated),
                    rule,
                    rules.getOrDefault(rule, ""));
        });
        return report.note("Tier 1 could have given: "
                        + tier1Could.stream().map(labels::of).collect(Collectors.joining(", ")) + ".")
                .build();
    }

    /**
     * The open cases now, by level and how long they have been open; a level's cases with a
     * partner team on a line of their own, after the level's own team's.
     */
    public Report backlog() {
        Instant now = clock.instant();
        List<Map<String, Object>> rows = InsightQueries.inLadderOrder(queries.rows(
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
        Report.Builder report = Report.titled("Open backlog")
                .coded("level", "Level")
                .coded("partner", "Partner")
                .column("under4h", "Under 4 h", "cases")
                .column("under1d", "4 to 24 h", "cases")
                .column("under3d", "1 to 3 days", "cases")
                .column("older", "Over 3 days", "cases")
                .column("total", "Open", "cases");
        rows.forEach(row -> report.row(
                row.get("level"),
                labels.of(Level.valueOf((String) row.get("level"))),
                row.get("partner"),
                partnerName((String) row.get("partner")),
                Figures.count(row, "under4h"),
                Figures.count(row, "under1d"),
                Figures.count(row, "under3d"),
                Figures.count(row, "older"),
                Figures.count(row, "total")));
        return report.note("Age in elapsed time since the case was opened.")
                .note("A partner team's cases are on a line of their own, beside the level's own team's.")
                .build()
                .workedOutAt(now);
    }

    /**
     * Open cases whose SLA runs out soon, soonest first: the supervisor's live view, with the
     * partner team that has a case.
     */
    public Report atRisk() {
        Instant now = clock.instant();
        Report.Builder report = Report.titled("At risk now")
                .column("caseNumber", "Case", null)
                .coded("level", "Level")
                .coded("partner", "Partner")
                .coded("priority", "Priority")
                .column("customerName", "Customer", null)
                .column("slaDueAt", "SLA due", null)
                .column("minutesLeft", "Left", "minutes");
        queries.rows(
                        """
            select f.case_number, c.level, c.partner, c.priority, c.customer_name, f.sla_due_at
            from case_fact f join escalation_case c on c.case_number = f.case_number
            where f.sla_due_at >= :now and f.sla_due_at < :until and c.status = 'OPEN'
            order by f.sla_due_at, f.case_number""",
                        Map.of(
                                "now",
                                Timestamp.from(now),
                                "until",
                                Timestamp.from(now.plus(properties.atRiskWithin()))))
                .forEach(row -> {
                    Instant due = InsightQueries.instant(row.get("sla_due_at"));
                    Level level = Level.valueOf((String) row.get("level"));
                    Priority priority = Priority.valueOf((String) row.get("priority"));
                    String partner = (String) row.get("partner");
                    report.row(
                            row.get("case_number"),
                            level.name(),
                            labels.of(level),
                            partner,
                            partnerName(partner),
                            priority.name(),
                            labels.of(priority),
                            row.get("customer_name"),
                            due.toString(),
                            Duration.between(now, due).toMinutes());
                });
        return report.note("Open cases whose SLA runs out within "
                        + properties.atRiskWithin().toMinutes() + " minutes.")
                .build()
                .workedOutAt(now);
    }

    /** None while the level's own team has the case. */
    private String partnerName(String partner) {
        return partner == null ? null : partners.nameOf(partner);
    }

    /** Rates per 100 contacts and per 100 cases do not compare: none beside the other. */
    private static Number comparable(Kpi kpi, Figures now, Figures before) {
        return kpi == Kpi.ESCALATION_RATE && now.ratePerContact() != before.ratePerContact() ? null : before.value(kpi);
    }

    Figures figures(InsightFilter filter) {
        return Figures.of(
                queries.caseTotals(filter),
                queries.stayTotals(filter),
                contacts(filter, queries.contactsByDay(filter)));
    }

    private Map<LocalDate, Figures> figuresBy(
            InsightFilter filter, Bucket bucket, Granularity granularity, Map<LocalDate, Long> contactsByDay) {
        Map<LocalDate, CaseTotals> cases = queries.caseTotals(filter, bucket);
        Map<LocalDate, StayTotals> stays = queries.stayTotals(filter, bucket);
        Map<LocalDate, Long> contactsByBucket = new HashMap<>();
        contactsByDay.forEach(
                (day, contacts) -> contactsByBucket.merge(bucketOf(day, granularity), contacts, Long::sum));
        // every bucket on the period's basis: a day without reported contacts has no rate, not
        // one per 100 cases beside days per 100 contacts
        boolean perContact = Figures.of(CaseTotals.NONE, StayTotals.NONE, contacts(filter, contactsByDay))
                .ratePerContact();
        Map<LocalDate, Figures> figures = new HashMap<>();
        for (LocalDate day : buckets(filter, granularity)) {
            figures.put(
                    day,
                    new Figures(
                            cases.getOrDefault(day, CaseTotals.NONE),
                            stays.getOrDefault(day, StayTotals.NONE),
                            perContact ? contactsByBucket.getOrDefault(day, 0L) : null,
                            perContact));
        }
        return figures;
    }

    private static Long contacts(InsightFilter filter, Map<LocalDate, Long> byDay) {
        return !filter.appliesToContacts() || byDay.isEmpty()
                ? null
                : byDay.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<LocalDate> buckets(InsightFilter filter, Granularity granularity) {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate day = bucketOf(filter.from(), granularity);
                day.isBefore(filter.to());
                day = granularity == Granularity.DAY ? day.plusDays(1) : day.plusWeeks(1)) {
            buckets.add(day);
        }
        return buckets;
    }

    private static LocalDate bucketOf(LocalDate day, Granularity granularity) {
        return granularity == Granularity.DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Report.Builder noteRate(Report.Builder report, Figures figures) {
        return report.note(
                figures.ratePerContact()
                        ? "The escalation rate is per 100 contacts reported for the period."
                        : "No contact volumes apply to this selection: the escalation rate is per 100 cases "
                                + "opened.");
    }

    private String labelOf(Dimension by, String key) {
        if (key == null) {
            return "";
        }
        if (by.codes == null) {
            return key;
        }
        return Arrays.stream(by.codes.getEnumConstants())
                .filter(code -> code.name().equals(key))
                .findFirst()
                .map(labels::of)
                .orElse(key);
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> rows, String key) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put((String) row.get(key), row));
        return byKey;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
