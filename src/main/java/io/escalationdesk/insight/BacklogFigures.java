package io.escalationdesk.insight;

import io.escalationdesk.cases.Partners;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.Labels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The open cases now, read live: the backlog by level and age, and the cases whose SLA runs out
 * soon. A level's cases with a partner team are on a line of their own.
 */
@Service
public class BacklogFigures {

    private final InsightQueries queries;
    private final InsightProperties properties;
    private final Labels labels;
    private final Partners partners;
    private final Clock clock;

    BacklogFigures(
            InsightQueries queries, InsightProperties properties, Labels labels, Partners partners, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.labels = labels;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * The open cases now, by level and how long they have been open; a level's cases with a
     * partner team on a line of their own, after the level's own team's.
     */
    public Report backlog() {
        Instant now = clock.instant();
        Report.Builder report = Report.titled("Open backlog")
                .coded("level")
                .coded("partner")
                .column("under4h", "cases")
                .column("under1d", "cases")
                .column("under3d", "cases")
                .column("older", "cases")
                .column("total", "cases");
        queries.openCasesByAge(now)
                .forEach(row -> report.row(
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
                .column("caseNumber", null)
                .coded("level")
                .coded("partner")
                .coded("priority")
                .column("customerName", null)
                .column("slaDueAt", null)
                .column("minutesLeft", "minutes");
        queries.openCasesDue(now, now.plus(properties.atRiskWithin())).forEach(row -> {
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
}
