package io.escalationdesk.insight;

import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What customers and agents tell us: satisfaction and response rate by the escalation path a
 * case took, by the level that resolved it and by trigger; lessons by kind and how many were
 * adopted. Like every KPI, counted over the cases opened in the period.
 */
@Service
public class Satisfaction {

    /** How the satisfaction figures are grouped. */
    public enum Grouping {
        PATH,
        RESOLVED_LEVEL,
        TRIGGER
    }

    /** The feedback KPIs of a period's resolved cases, as the summary shows them. */
    private static final List<String> SUMMARY = List.of("surveyResponseRate", "satisfactionAverage", "dissatisfied");

    /** Per case: how often it moved up, whether it was handed off; over the period's stays. */
    private static final String PATHS = """
      select case_number,
             count(*) filter (where entered_event in ('ESCALATED', 'SLA_BREACHED')
                              and level <> previous_level) as escalations,
             count(*) filter (where entered_event = 'HANDED_OFF') as hand_offs
      from (select case_number, level, entered_event,
                   lag(level) over (partition by case_number order by entered_at, id)
                     as previous_level
            from case_level_visit where opened_day >= :from and opened_day < :to) stays
      group by case_number""";

    private static final String ANSWERS = """
      count(*) as resolved,
      count(a.case_number) as answered,
      avg(cast(a.satisfaction as decimal(4, 2))) as satisfaction,
      count(*) filter (where a.dissatisfied) as dissatisfied""";

    /** Each resolved case with its customer's answer, if they gave one. */
    private static final String ANSWERED = " left join survey_answer a on a.case_number = f.case_number";

    /** What the answers of some resolved cases add up to. */
    record Answers(long resolved, long answered, BigDecimal satisfaction, long dissatisfied) {

        /** From a row of {@link Satisfaction#ANSWERS}; the average with two decimals, none without answers. */
        static Answers of(Map<String, Object> row) {
            Object average = row.get("satisfaction");
            return new Answers(
                    Figures.count(row, "resolved"),
                    Figures.count(row, "answered"),
                    average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP),
                    Figures.count(row, "dissatisfied"));
        }

        Object value(String kpi) {
            return switch (kpi) {
                case "surveyResponseRate" -> Figures.percent(answered, resolved);
                case "satisfactionAverage" -> satisfaction;
                case "dissatisfied" -> dissatisfied;
                default -> throw new IllegalArgumentException(kpi);
            };
        }
    }

    private final InsightQueries queries;
    private final Labels labels;
    private final int reviewAtOrBelow;

    /** @param reviewAtOrBelow an answer this low goes to the review (escalation.survey) */
    Satisfaction(
            InsightQueries queries,
            Labels labels,
            @Value("${escalation.survey.review-at-or-below}") int reviewAtOrBelow) {
        this.queries = queries;
        this.labels = labels;
        this.reviewAtOrBelow = reviewAtOrBelow;
    }

    /** The definitions of the feedback KPIs, beside {@link Kpi}'s: key, label, unit, definition. */
    List<String[]> definitions() {
        return List.of(
                new String[] {
                    "surveyResponseRate",
                    "Survey response rate",
                    "%",
                    "Of the cases resolved, the share whose customer answered the satisfaction survey "
                            + "(on our survey page or in a survey tool)"
                },
                new String[] {
                    "satisfactionAverage",
                    "Satisfaction",
                    "1-5",
                    "The average of the customers' answers, 1 very dissatisfied to 5 very satisfied"
                },
                new String[] {
                    "dissatisfied",
                    "Dissatisfied customers",
                    "answers",
                    "Answers of " + reviewAtOrBelow + " or less, or saying the concern was not resolved: "
                            + "each goes to the supervisors' review"
                },
                new String[] {
                    "escalationPath",
                    "Escalation path",
                    null,
                    "The level a case entered at, how often it moved up a level (escalated, or its SLA "
                            + "breached and it went up; 2 counts 2 or more), and whether it was handed off "
                            + "to a department"
                },
                new String[] {
                    "lessonAdoptionRate",
                    "Lesson adoption rate",
                    "%",
                    "Of the lessons noted on the cases, the share the review adopted"
                });
    }

    /**
     * The survey's figures of the period beside the period before, as rows of the summary: key,
     * label, this period, previous period, unit, definition.
     */
    List<Object[]> summaryRows(InsightFilter filter) {
        Answers now = answers(filter);
        Answers before = answers(filter.previous());
        return definitions().stream()
                .filter(definition -> SUMMARY.contains(definition[0]))
                .map(definition -> new Object[] {
                    definition[0],
                    definition[1],
                    now.value(definition[0]),
                    before.value(definition[0]),
                    definition[2],
                    definition[3]
                })
                .toList();
    }

    private Answers answers(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return Answers.of(
                queries.rows("select " + ANSWERS + " from " + resolvedCases(filter, params) + ANSWERED, params)
                        .get(0));
    }

    private static String resolvedCases(InsightFilter filter, Map<String, Object> params) {
        return "(select * from case_fact" + filter.onCases(params) + " and closed_event = 'RESOLVED') f";
    }

    /** Satisfaction and response rate of the resolved cases, grouped as asked. */
    public Report satisfaction(InsightFilter filter, Grouping grouping) {
        Map<String, Object> params = new HashMap<>();
        String cases = resolvedCases(filter, params);
        Report.Builder report = Report.titled("Satisfaction by "
                + switch (grouping) {
                    case PATH -> "escalation path";
                    case RESOLVED_LEVEL -> "the level that resolved";
                    case TRIGGER -> "trigger";
                });
        List<Map<String, Object>> rows;
        switch (grouping) {
            case PATH -> {
                report.coded("entryLevel", "Entered at")
                        .column("escalations", "Moved up", "levels")
                        .column("handedOff", "Handed off", null);
                rows = queries.rows(
                        "select f.entry_level, least(p.escalations, 2) as escalations, "
                                + "p.hand_offs > 0 as handed_off, " + ANSWERS + " from " + cases
                                + " join (" + PATHS + ") p on p.case_number = f.case_number" + ANSWERED
                                + " group by f.entry_level, least(p.escalations, 2), p.hand_offs > 0",
                        params);
                rows = rows.stream()
                        .sorted(Comparator.comparing(
                                        (Map<String, Object> row) -> Level.valueOf((String) row.get("entry_level")))
                                .thenComparing(row -> Figures.count(row, "escalations"))
                                .thenComparing(row -> (Boolean) row.get("handed_off")))
                        .toList();
            }
            case RESOLVED_LEVEL -> {
                report.coded("level", "Resolved at");
                rows = InsightQueries.inLadderOrder(queries.rows(
                        "select f.resolved_level as level, " + ANSWERS + " from " + cases + ANSWERED
                                + " group by f.resolved_level",
                        params));
            }
            case TRIGGER -> {
                report.coded("trigger", "Trigger");
                rows = queries.rows(
                        "select f.escalation_trigger, " + ANSWERS + " from " + cases + ANSWERED
                                + " group by f.escalation_trigger order by f.escalation_trigger",
                        params);
            }
            default -> throw new IllegalArgumentException(grouping.name());
        }
        report.column("resolved", "Cases resolved", "cases")
                .column("answered", "Answers", "answers")
                .column("surveyResponseRate", "Survey response rate", "%")
                .column("satisfactionAverage", "Satisfaction", "1-5")
                .column("dissatisfied", "Dissatisfied customers", "answers");
        for (Map<String, Object> row : rows) {
            List<Object> values = new ArrayList<>();
            switch (grouping) {
                case PATH -> {
                    Level entry = Level.valueOf((String) row.get("entry_level"));
                    values.addAll(List.of(
                            entry.name(), labels.of(entry), Figures.count(row, "escalations"), row.get("handed_off")));
                }
                case RESOLVED_LEVEL -> {
                    Level level = Level.valueOf((String) row.get("level"));
                    values.addAll(List.of(level.name(), labels.of(level)));
                }
                case TRIGGER -> {
                    Trigger trigger = Trigger.valueOf((String) row.get("escalation_trigger"));
                    values.addAll(List.of(trigger.name(), labels.of(trigger)));
                }
            }
            Answers answers = Answers.of(row);
            values.addAll(List.of(answers.resolved(), answers.answered()));
            SUMMARY.forEach(kpi -> values.add(answers.value(kpi)));
            report.row(values.toArray());
        }
        return report.note("Cases resolved that were opened in the period; an answer counts for "
                        + "the case it is about.")
                .build();
    }

    /** Lessons noted on the period's cases by kind, and what the review made of them. */
    public Report lessons(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<Map<String, Object>> rows = queries.rows("""
        select l.kind, count(*) as noted,
               count(*) filter (where l.status = 'ADOPTED') as adopted,
               count(*) filter (where l.status = 'DISMISSED') as dismissed,
               count(*) filter (where l.status = 'OPEN') as open_lessons
        from """ + filter.casesAs("case_number", params) + """
        join lesson l on l.case_number = f.case_number
        group by l.kind order by l.kind""", params);
        Report.Builder report = Report.titled("Lessons learned by kind")
                .coded("kind", "Kind")
                .column("noted", "Noted", "lessons")
                .column("adopted", "Adopted", "lessons")
                .column("dismissed", "Dismissed", "lessons")
                .column("open", "Open", "lessons")
                .column("lessonAdoptionRate", "Lesson adoption rate", "%");
        long noted = 0;
        long adopted = 0;
        for (Map<String, Object> row : rows) {
            String kind = (String) row.get("kind");
            noted += Figures.count(row, "noted");
            adopted += Figures.count(row, "adopted");
            report.row(
                    kind,
                    labels.of("LessonKind", kind),
                    Figures.count(row, "noted"),
                    Figures.count(row, "adopted"),
                    Figures.count(row, "dismissed"),
                    Figures.count(row, "open_lessons"),
                    Figures.percent(Figures.count(row, "adopted"), Figures.count(row, "noted")));
        }
        return report.note("All kinds: " + noted + " noted, " + adopted + " adopted ("
                        + (noted == 0 ? "none" : Figures.percent(adopted, noted) + " %") + ").")
                .build();
    }
}
