package io.escalationdesk.insight;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.insight.Figures.StayTotals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Each outsourced partner team on its own: the stays its queue held, its SLAs and first
 * responses, over the cases opened in the period. What a partner is measured by in its contract.
 */
@Service
public class PartnerFigures {

    private final InsightQueries queries;
    private final Partners partners;

    PartnerFigures(InsightQueries queries, Partners partners) {
        this.queries = queries;
        this.partners = partners;
    }

    public Report partners(InsightFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<Map<String, Object>> rows = queries.rows(
                "select partner, count(*) as stays, "
                        + InsightQueries.STAY_TOTALS + " from case_level_visit" + filter.onStays(params)
                        + " and partner is not null group by partner order by partner",
                params);
        Report.Builder report = Report.titled("Partner teams")
                .coded("partner", "Partner")
                .column("stays", "Stays held", "stays")
                .column(Kpi.SLA_ACHIEVEMENT.key, Kpi.SLA_ACHIEVEMENT.label, Kpi.SLA_ACHIEVEMENT.unit)
                .column(Kpi.BREACH_RATE.key, Kpi.BREACH_RATE.label, Kpi.BREACH_RATE.unit)
                .column(
                        Kpi.MISSED_FIRST_RESPONSES.key,
                        Kpi.MISSED_FIRST_RESPONSES.label,
                        Kpi.MISSED_FIRST_RESPONSES.unit)
                .column(Kpi.FIRST_RESPONSE_MEDIAN.key, Kpi.FIRST_RESPONSE_MEDIAN.label, Kpi.FIRST_RESPONSE_MEDIAN.unit);
        for (Map<String, Object> row : rows) {
            String partner = (String) row.get("partner");
            Figures figures = Figures.of(Figures.CaseTotals.NONE, StayTotals.of(row), null);
            report.row(
                    partner,
                    partners.nameOf(partner),
                    Figures.count(row, "stays"),
                    figures.value(Kpi.SLA_ACHIEVEMENT),
                    figures.value(Kpi.BREACH_RATE),
                    figures.value(Kpi.MISSED_FIRST_RESPONSES),
                    figures.value(Kpi.FIRST_RESPONSE_MEDIAN));
        }
        return report.note("Stays at a level while a partner team had the case.")
                .build();
    }
}
