package io.escalationdesk.insight;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.insight.Figures.StayTotals;
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
        Report.Builder report = Report.titled("Partner teams")
                .coded("partner")
                .columnNamed("stays", "staysHeld", "stays")
                .kpi(Kpi.SLA_ACHIEVEMENT)
                .kpi(Kpi.BREACH_RATE)
                .kpi(Kpi.MISSED_FIRST_RESPONSES)
                .kpi(Kpi.FIRST_RESPONSE_MEDIAN);
        for (Map<String, Object> row : queries.stayTotalsByPartner(filter)) {
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
