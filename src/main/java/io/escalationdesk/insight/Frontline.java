package io.escalationdesk.insight;

import io.escalationdesk.system.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the frontline does without handing a case over: questions to experts on the internal help
 * line, how fast they were answered, and whether the case then stayed where it was asked;
 * goodwill within limits, and the cases it kept where they were. Like every KPI, counted over the
 * cases opened in the period.
 */
@Service
public class Frontline {

    /** The definitions of the help line's KPIs, beside {@link Kpi}'s. */
    static final List<String[]> DEFINITIONS = List.of(
            new String[] {
                "consults",
                "Questions to experts",
                "questions",
                "Questions agents asked an expert group while keeping the case"
            },
            new String[] {
                "consultAnswerMedian",
                "Answer time, median",
                "minutes",
                "From the question to the expert's answer, elapsed; questions answered"
            },
            new String[] {
                "resolvedAtAskingLevel",
                "Resolved where asked",
                "%",
                "Of the questions, the share whose case was then resolved at the level that asked: "
                        + "a transfer the help line spared"
            },
            new String[] {
                "goodwillRequested",
                "Goodwill asked for",
                "requests",
                "Goodwill agents of a level granted or asked approval for"
            },
            new String[] {
                "approvalsAsked",
                "Approvals asked",
                "requests",
                "Goodwill above the limit of the agent's level, sent to the lowest level whose limit " + "covers it"
            },
            new String[] {
                "resolvedWhereGranted",
                "Resolved where granted",
                "%",
                "Of the cases a level granted goodwill on, the share then resolved at that level: for "
                        + "Tier 1, the cases goodwill kept at the frontline"
            });

    private final InsightQueries queries;
    private final Labels labels;
    private final String currency;

    /** @param currency the goodwill's currency (escalation.goodwill); read as a setting, not a type */
    Frontline(InsightQueries queries, Labels labels, @Value("${escalation.goodwill.currency}") String currency) {
        this.queries = queries;
        this.labels = labels;
        this.currency = currency;
    }

    /** The help line by expert group. */
    public Report consults(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<Map<String, Object>> rows =
                queries.rows("""
        select c.expert_group,
               count(*) as asked,
               count(*) filter (where c.ended_as = 'ANSWERED') as answered,
               count(*) filter (where c.ended_as = 'TIMED_OUT') as timed_out,
               count(*) filter (where c.ended_as = 'CANCELLED') as cancelled,
               count(*) filter (where c.ended_at is null) as open_questions,
               percentile_cont(0.5) within group (order by c.answer_elapsed_seconds) as answer_median,
               count(*) filter (where f.closed_event = 'RESOLVED'
                                and f.resolved_level = c.asked_level) as resolved_where_asked
        from """ + filter.casesAs("case_number, closed_event, resolved_level", params) + """
        join consult c on c.case_number = f.case_number
        group by c.expert_group order by c.expert_group""", params);
        Report.Builder report = Report.titled("Questions to experts")
                .coded("expertGroup", "Expert group")
                .column("consults", "Questions to experts", "questions")
                .column("answered", "Answered", "questions")
                .column("timedOut", "Not answered in time", "questions")
                .column("cancelled", "Withdrawn (case closed)", "questions")
                .column("open", "Open", "questions")
                .column("consultAnswerMedian", "Answer time, median", "minutes")
                .column("resolvedAtAskingLevel", "Resolved where asked", "%");
        for (Map<String, Object> row : rows) {
            String group = (String) row.get("expert_group");
            long asked = Figures.count(row, "asked");
            Object median = row.get("answer_median");
            report.row(
                    group,
                    labels.of("ExpertGroup", group),
                    asked,
                    Figures.count(row, "answered"),
                    Figures.count(row, "timed_out"),
                    Figures.count(row, "cancelled"),
                    Figures.count(row, "open_questions"),
                    Figures.minutes(median == null ? null : ((Number) median).doubleValue()),
                    Figures.percent(Figures.count(row, "resolved_where_asked"), asked));
        }
        return report.note("Questions about the cases opened in the period.").build();
    }

    /** Goodwill by the level that asked for it, in the ladder's order. */
    public Report goodwill(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<Map<String, Object>> rows = InsightQueries.inLadderOrder(
                queries.rows("""
        select g.level,
               count(*) as requested,
               count(*) filter (where g.approver_level is not null) as approvals_asked,
               count(*) filter (where g.status = 'GRANTED') as granted,
               count(*) filter (where g.status = 'REJECTED') as rejected,
               coalesce(sum(g.amount) filter (where g.status = 'GRANTED' and g.kind = 'CREDIT'), 0)
                 as credited,
               count(distinct g.case_number) filter (where g.status = 'GRANTED') as cases_granted,
               count(distinct g.case_number) filter (where g.status = 'GRANTED'
                 and f.closed_event = 'RESOLVED' and f.resolved_level = g.level) as resolved_where_granted
        from """ + filter.casesAs("case_number, closed_event, resolved_level", params) + """
        join goodwill g on g.case_number = f.case_number
        group by g.level""", params));
        Report.Builder report = Report.titled("Goodwill")
                .coded("level", "Level")
                .column("goodwillRequested", "Goodwill asked for", "requests")
                .column("approvalsAsked", "Approvals asked", "requests")
                .column("granted", "Granted", "requests")
                .column("rejected", "Rejected", "requests")
                .column("credited", "Credited", currency)
                .column("casesGranted", "Cases with goodwill granted", "cases")
                .column("resolvedWhereGranted", "Resolved where granted", "%");
        for (Map<String, Object> row : rows) {
            String level = (String) row.get("level");
            long casesGranted = Figures.count(row, "cases_granted");
            report.row(
                    level,
                    labels.of("Level", level),
                    Figures.count(row, "requested"),
                    Figures.count(row, "approvals_asked"),
                    Figures.count(row, "granted"),
                    Figures.count(row, "rejected"),
                    new BigDecimal(row.get("credited").toString()).setScale(2, RoundingMode.HALF_UP),
                    casesGranted,
                    Figures.percent(Figures.count(row, "resolved_where_granted"), casesGranted));
        }
        return report.note("Goodwill on the cases opened in the period; credits granted, in " + currency + ".")
                .build();
    }
}
