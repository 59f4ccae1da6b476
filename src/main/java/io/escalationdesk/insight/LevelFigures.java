package io.escalationdesk.insight;

import io.escalationdesk.cases.Priority;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.insight.Figures.StayTotals;
import io.escalationdesk.system.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Level by level: first response, time to resolve and SLAs; SLAs by level and priority. */
@Service
public class LevelFigures {

    /** The KPIs of a level's stays. */
    private static final List<Kpi> STAY_KPIS = List.of(
            Kpi.FIRST_RESPONSE_MEDIAN,
            Kpi.FIRST_RESPONSE_P90,
            Kpi.FIRST_RESPONSE_ELAPSED_MEDIAN,
            Kpi.FIRST_RESPONSE_ELAPSED_P90,
            Kpi.SLA_ACHIEVEMENT,
            Kpi.BREACH_RATE,
            Kpi.WARNINGS_FOLLOWED_BY_BREACH,
            Kpi.MISSED_FIRST_RESPONSES);

    /** The KPIs of the cases a level resolved. */
    private static final List<Kpi> RESOLVE_KPIS = List.of(
            Kpi.TIME_TO_RESOLVE_MEDIAN,
            Kpi.TIME_TO_RESOLVE_P90,
            Kpi.TIME_TO_RESOLVE_ELAPSED_MEDIAN,
            Kpi.TIME_TO_RESOLVE_ELAPSED_P90);

    /** The KPIs of the stays by level and priority. */
    private static final List<Kpi> SLA_KPIS =
            List.of(Kpi.SLA_ACHIEVEMENT, Kpi.BREACH_RATE, Kpi.WARNINGS_FOLLOWED_BY_BREACH, Kpi.MISSED_FIRST_RESPONSES);

    private final InsightQueries queries;
    private final Labels labels;

    LevelFigures(InsightQueries queries, Labels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    /** First response, time to resolve and SLAs, level by level. */
    public Report levels(InsightFilter filter) {
        Map<String, Map<String, Object>> stays = byLevel(queries.stayTotalsByLevel(filter), "level");
        Map<String, Map<String, Object>> resolved =
                byLevel(queries.caseTotalsByResolvedLevel(filter), "resolved_level");
        Report.Builder report = Report.titled("Levels").coded("level").column("stays", "stays");
        STAY_KPIS.forEach(report::kpi);
        report.columnNamed("resolved", "resolvedHere", "cases");
        RESOLVE_KPIS.forEach(report::kpi);
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
            STAY_KPIS.forEach(kpi -> values.add(figures.value(kpi)));
            values.add(figures.cases().resolved());
            RESOLVE_KPIS.forEach(kpi -> values.add(figures.value(kpi)));
            report.row(values.toArray());
        }
        return report.note("A stay counts for the cases opened in the period; time to resolve for "
                        + "the level that resolved the case.")
                .build();
    }

    /** SLA achievement and breaches by level and priority. */
    public Report slaByLevelAndPriority(InsightFilter filter) {
        Report.Builder report = Report.titled("SLAs by level and priority")
                .coded("level")
                .coded("priority")
                .columnNamed("ended", "staysEnded", "stays")
                .column("breached", "stays");
        SLA_KPIS.forEach(report::kpi);
        for (Map<String, Object> row : queries.stayCountsByLevelAndPriority(filter)) {
            Figures figures = Figures.of(CaseTotals.NONE, StayTotals.of(row), null);
            List<Object> values = new ArrayList<>(List.of(
                    row.get("level"),
                    labels.of(Level.valueOf((String) row.get("level"))),
                    row.get("priority"),
                    labels.of(Priority.valueOf((String) row.get("priority"))),
                    figures.stays().ended(),
                    figures.stays().breached()));
            SLA_KPIS.forEach(kpi -> values.add(figures.value(kpi)));
            report.row(values.toArray());
        }
        return report.build();
    }

    private static Map<String, Map<String, Object>> byLevel(List<Map<String, Object>> rows, String column) {
        Map<String, Map<String, Object>> byLevel = new HashMap<>();
        rows.forEach(row -> byLevel.put((String) row.get(column), row));
        return byLevel;
    }
}
