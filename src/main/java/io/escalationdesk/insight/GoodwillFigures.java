package io.escalationdesk.insight;

import io.escalationdesk.system.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Goodwill within limits: what each level granted or asked approval for, and the cases it then
 * kept where they were. Like every KPI, counted over the cases opened in the period.
 */
@Service
public class GoodwillFigures {

    private final CaseActivityQueries queries;
    private final Labels labels;
    private final String currency;

    /** @param currency the goodwill's currency (escalation.goodwill); read as a setting, not a type */
    GoodwillFigures(
            CaseActivityQueries queries, Labels labels, @Value("${escalation.goodwill.currency}") String currency) {
        this.queries = queries;
        this.labels = labels;
        this.currency = currency;
    }

    /** Goodwill by the level that asked for it, in the ladder's order. */
    public Report goodwill(InsightFilter filter) {
        Report.Builder report = Report.titled("Goodwill")
                .coded("level")
                .kpi(Kpi.GOODWILL_REQUESTED)
                .kpi(Kpi.APPROVALS_ASKED)
                .column("granted", "requests")
                .column("rejected", "requests")
                .column("credited", currency)
                .column("casesGranted", "cases")
                .kpi(Kpi.RESOLVED_WHERE_GRANTED);
        for (Map<String, Object> row : queries.goodwillByLevel(filter)) {
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
