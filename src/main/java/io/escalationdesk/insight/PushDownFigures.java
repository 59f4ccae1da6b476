package io.escalationdesk.insight;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.insight.Figures.CaseTotals;
import io.escalationdesk.system.Labels;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What Tier 1 could take over: the escalations the policy marks as avoidable, and the push-down
 * candidates, escalated and then resolved above Tier 1 as Tier 1 could have.
 */
@Service
public class PushDownFigures {

    private final InsightQueries queries;
    private final InsightProperties properties;
    private final PolicyRules policyRules;
    private final Labels labels;

    PushDownFigures(InsightQueries queries, InsightProperties properties, PolicyRules policyRules, Labels labels) {
        this.queries = queries;
        this.properties = properties;
        this.policyRules = policyRules;
        this.labels = labels;
    }

    /** Escalations the policy marks as avoidable, by trigger and category, most first. */
    public Report avoidable(InsightFilter filter) {
        Report.Builder report = Report.titled("Avoidable escalations")
                .coded("trigger")
                .coded("category")
                .kpi(Kpi.CASES_ESCALATED)
                .column("avoidable", "cases")
                .kpi(Kpi.AVOIDABLE_SHARE);
        queries.caseCountsByTriggerAndCategory(filter).stream()
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
        Report.Builder report = Report.titled("Push-down candidates")
                .coded("trigger")
                .coded("category")
                .kpi(Kpi.CASES_ESCALATED)
                .column("candidates", "cases")
                .column("share", "%")
                .column("policyRule", null)
                .column("policyRuleDescription", null);
        Map<String, String> rules = policyRules.descriptions();
        queries.pushDownCandidates(filter).stream()
                .filter(row -> Figures.count(row, "candidates") > 0)
                .forEach(row -> {
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
                        + properties.pushDownResolutions().stream()
                                .map(labels::of)
                                .collect(Collectors.joining(", "))
                        + ".")
                .build();
    }
}
