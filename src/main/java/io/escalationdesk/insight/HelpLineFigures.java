package io.escalationdesk.insight;

import io.escalationdesk.system.Labels;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The internal help line: questions agents asked an expert group while keeping the case, how
 * fast they were answered, and whether the case then stayed where it was asked. Like every KPI,
 * counted over the cases opened in the period.
 */
@Service
public class HelpLineFigures {

    private final CaseActivityQueries queries;
    private final Labels labels;

    HelpLineFigures(CaseActivityQueries queries, Labels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    /** The help line by expert group. */
    public Report consults(InsightFilter filter) {
        Report.Builder report = Report.titled("Questions to experts")
                .coded("expertGroup")
                .kpi(Kpi.CONSULTS)
                .column("answered", "questions")
                .column("timedOut", "questions")
                .column("cancelled", "questions")
                .column("open", "questions")
                .kpi(Kpi.CONSULT_ANSWER_MEDIAN)
                .kpi(Kpi.RESOLVED_AT_ASKING_LEVEL);
        for (Map<String, Object> row : queries.consultsByExpertGroup(filter)) {
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
}
