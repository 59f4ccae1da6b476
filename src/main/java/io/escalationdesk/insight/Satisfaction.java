package io.escalationdesk.insight;

import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /** What the answers of some resolved cases add up to. */
    record Answers(long resolved, long answered, BigDecimal satisfaction, long dissatisfied) {

        /** From a row of answers; the average with two decimals, none without answers. */
        static Answers of(Map<String, Object> row) {
            Object average = row.get("satisfaction");
            return new Answers(
                    Figures.count(row, "resolved"),
                    Figures.count(row, "answered"),
                    average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP),
                    Figures.count(row, "dissatisfied"));
        }

        Object value(Kpi kpi) {
            return switch (kpi) {
                case SURVEY_RESPONSE_RATE -> Figures.percent(answered, resolved);
                case SATISFACTION_AVERAGE -> satisfaction;
                case DISSATISFIED -> dissatisfied;
                default -> throw new IllegalArgumentException(kpi + " is not worked out from the survey");
            };
        }
    }

    private final CaseActivityQueries queries;
    private final Labels labels;

    Satisfaction(CaseActivityQueries queries, Labels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    /** What the survey's answers about the filter's resolved cases add up to. */
    Answers answers(InsightFilter filter) {
        return Answers.of(queries.answers(filter));
    }

    /** Satisfaction and response rate of the resolved cases, grouped as asked. */
    public Report satisfaction(InsightFilter filter, Grouping grouping) {
        Report.Builder report = Report.titled("Satisfaction by "
                + switch (grouping) {
                    case PATH -> "escalation path";
                    case RESOLVED_LEVEL -> "the level that resolved";
                    case TRIGGER -> "trigger";
                });
        List<Map<String, Object>> rows = switch (grouping) {
            case PATH -> {
                report.coded("entryLevel").column("escalations", "levels").column("handedOff", null);
                yield queries.answersByPath(filter).stream()
                        .sorted(Comparator.comparing(
                                        (Map<String, Object> row) -> Level.valueOf((String) row.get("entry_level")))
                                .thenComparing(row -> Figures.count(row, "escalations"))
                                .thenComparing(row -> (Boolean) row.get("handed_off")))
                        .toList();
            }
            case RESOLVED_LEVEL -> {
                report.codedNamed("level", "resolvedAt");
                yield queries.answersByResolvedLevel(filter);
            }
            case TRIGGER -> {
                report.coded("trigger");
                yield queries.answersByTrigger(filter);
            }
        };
        report.column("resolved", "cases").columnNamed("answered", "answers", "answers");
        Kpi.ofTheSurvey().forEach(report::kpi);
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
            Kpi.ofTheSurvey().forEach(kpi -> values.add(answers.value(kpi)));
            report.row(values.toArray());
        }
        return report.note("Cases resolved that were opened in the period; an answer counts for "
                        + "the case it is about.")
                .build();
    }

    /** Lessons noted on the period's cases by kind, and what the review made of them. */
    public Report lessons(InsightFilter filter) {
        Report.Builder report = Report.titled("Lessons learned by kind")
                .coded("kind")
                .column("noted", "lessons")
                .column("adopted", "lessons")
                .column("dismissed", "lessons")
                .column("open", "lessons")
                .kpi(Kpi.LESSON_ADOPTION_RATE);
        long noted = 0;
        long adopted = 0;
        for (Map<String, Object> row : queries.lessonsByKind(filter)) {
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
