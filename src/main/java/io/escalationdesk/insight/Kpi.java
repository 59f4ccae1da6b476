package io.escalationdesk.insight;

/**
 * The figures a call center steers escalation by, each with its one definition. A period's
 * figures count the cases opened on its days ({@link InsightFilter}); the README lists them too.
 * Definitions are written for the managers who read them on the dashboard: no setting's key, no
 * API path.
 */
public enum Kpi {
    CONTACTS(
            "contacts",
            "Contacts",
            "contacts",
            "All contacts on every channel, as the telephony or CRM system reports them per day, "
                    + "channel and team"),
    CASES_OPENED("casesOpened", "Cases opened", "cases", "Cases opened in the period"),
    CASES_ESCALATED(
            "casesEscalated",
            "Cases escalated",
            "cases",
            "Cases opened in the period that entered above Tier 1 or left the level they entered"),
    ESCALATION_RATE(
            "escalationRate",
            "Escalation rate",
            "per 100 contacts",
            "Cases escalated per 100 contacts; per 100 cases opened when no contacts are reported for "
                    + "the period or a filter (category, trigger, level) cannot apply to contacts"),
    LEFT_TIER1(
            "leftTier1",
            "Left Tier 1",
            "%",
            "Of the cases that entered at Tier 1, the share that moved on to another level"),
    FIRST_CONTACT_RESOLUTION(
            "firstContactResolution",
            "First contact resolution",
            "%",
            "Of the cases resolved, the share resolved at the level they entered, without a transfer"),
    TRANSFER_RATE(
            "transferRate",
            "Transfers per case",
            "transfers",
            "Level changes and hand-offs after routing (escalations, breaches, hand-offs, returns), "
                    + "per case opened"),
    REPEAT_CONTACT_RATE(
            "repeatContactRate",
            "Repeat contacts",
            "%",
            "Of the cases closed, the share the customer came back about (a follow-up case) within "
                    + "%d days of closing"),
    FIRST_RESPONSE_MEDIAN(
            "firstResponseMedian",
            "First response, median",
            "business minutes",
            "From a case reaching a level to an agent claiming or completing its task, in the case's "
                    + "business time; every stay at a level"),
    FIRST_RESPONSE_P90(
            "firstResponseP90",
            "First response, 90th percentile",
            "business minutes",
            "As the median: 9 in 10 first responses came within this"),
    FIRST_RESPONSE_ELAPSED_MEDIAN(
            "firstResponseElapsedMedian",
            "First response, median, elapsed",
            "minutes",
            "The same span in elapsed time"),
    FIRST_RESPONSE_ELAPSED_P90(
            "firstResponseElapsedP90",
            "First response, 90th percentile, elapsed",
            "minutes",
            "The same span in elapsed time"),
    TIME_TO_RESOLVE_MEDIAN(
            "timeToResolveMedian",
            "Time to resolve, median",
            "business hours",
            "From opening to resolution in the case's business time, without the time it waited for "
                    + "the customer; cases resolved"),
    TIME_TO_RESOLVE_P90(
            "timeToResolveP90",
            "Time to resolve, 90th percentile",
            "business hours",
            "As the median: 9 in 10 resolved cases were resolved within this"),
    TIME_TO_RESOLVE_ELAPSED_MEDIAN(
            "timeToResolveElapsedMedian",
            "Time to resolve, median, elapsed",
            "hours",
            "From opening to resolution in elapsed time"),
    TIME_TO_RESOLVE_ELAPSED_P90(
            "timeToResolveElapsedP90",
            "Time to resolve, 90th percentile, elapsed",
            "hours",
            "From opening to resolution in elapsed time"),
    SLA_ACHIEVEMENT(
            "slaAchievement",
            "SLA achievement",
            "%",
            "Of the stays at a level that ended, the share that ended before the level's SLA ran out"),
    BREACH_RATE("breachRate", "SLA breaches", "%", "Of the stays at a level that ended, the share whose SLA ran out"),
    WARNINGS_FOLLOWED_BY_BREACH(
            "warningsFollowedByBreach",
            "Warnings followed by a breach",
            "%",
            "Of the stays whose supervisor was warned, the share that breached all the same"),
    MISSED_FIRST_RESPONSES(
            "missedFirstResponses",
            "Missed first responses",
            "stays",
            "Stays at a level where nobody took the task within the first response target"),
    AVOIDABLE_SHARE(
            "avoidableShare",
            "Avoidable escalations",
            "%",
            "Of the cases escalated, the share the escalation policy marks as avoidable: Tier 1 could "
                    + "have handled them");

    public final String key;
    public final String label;
    public final String unit;
    private final String definition;

    Kpi(String key, String label, String unit, String definition) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.definition = definition;
    }

    /** What the figure counts, with the settings it depends on filled in. */
    String definition(InsightProperties properties) {
        return this == REPEAT_CONTACT_RATE ? definition.formatted(properties.repeatContactDays()) : definition;
    }
}
