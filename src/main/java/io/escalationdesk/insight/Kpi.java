package io.escalationdesk.insight;

import java.util.Arrays;
import java.util.List;

/**
 * The figures a call center steers escalation by, each with its one definition: its key, the
 * name people read, its unit and what it counts. A period's figures count the cases opened on its
 * days ({@link InsightFilter}); the README lists them too. Definitions are written for the
 * managers who read them on the dashboard: no setting's key, no API path.
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
                    + "have handled them"),
    SURVEY_RESPONSE_RATE(
            "surveyResponseRate",
            "Survey response rate",
            "%",
            "Of the cases resolved, the share whose customer answered the satisfaction survey "
                    + "(on our survey page or in a survey tool)",
            Shown.IN_SUMMARY),
    SATISFACTION_AVERAGE(
            "satisfactionAverage",
            "Satisfaction",
            "1-5",
            "The average of the customers' answers, 1 very dissatisfied to 5 very satisfied",
            Shown.IN_SUMMARY),
    DISSATISFIED(
            "dissatisfied",
            "Dissatisfied customers",
            "answers",
            "Answers of %d or less, or saying the concern was not resolved: each goes to the " + "supervisors' review",
            Shown.IN_SUMMARY),
    ESCALATION_PATH(
            "escalationPath",
            "Escalation path",
            null,
            "The level a case entered at, how often it moved up a level (escalated, or its SLA "
                    + "breached and it went up; 2 counts 2 or more), and whether it was handed off "
                    + "to a department",
            Shown.IN_ITS_REPORT),
    LESSON_ADOPTION_RATE(
            "lessonAdoptionRate",
            "Lesson adoption rate",
            "%",
            "Of the lessons noted on the cases, the share the review adopted",
            Shown.IN_ITS_REPORT),
    CONSULTS(
            "consults",
            "Questions to experts",
            "questions",
            "Questions agents asked an expert group while keeping the case",
            Shown.IN_ITS_REPORT),
    CONSULT_ANSWER_MEDIAN(
            "consultAnswerMedian",
            "Answer time, median",
            "minutes",
            "From the question to the expert's answer, elapsed; questions answered",
            Shown.IN_ITS_REPORT),
    RESOLVED_AT_ASKING_LEVEL(
            "resolvedAtAskingLevel",
            "Resolved where asked",
            "%",
            "Of the questions, the share whose case was then resolved at the level that asked: "
                    + "a transfer the help line spared",
            Shown.IN_ITS_REPORT),
    GOODWILL_REQUESTED(
            "goodwillRequested",
            "Goodwill asked for",
            "requests",
            "Goodwill agents of a level granted or asked approval for",
            Shown.IN_ITS_REPORT),
    APPROVALS_ASKED(
            "approvalsAsked",
            "Approvals asked",
            "requests",
            "Goodwill above the limit of the agent's level, sent to the lowest level whose limit covers it",
            Shown.IN_ITS_REPORT),
    RESOLVED_WHERE_GRANTED(
            "resolvedWhereGranted",
            "Resolved where granted",
            "%",
            "Of the cases a level granted goodwill on, the share then resolved at that level: for "
                    + "Tier 1, the cases goodwill kept at the frontline",
            Shown.IN_ITS_REPORT),
    ESCALATED_AFTER_SHOWN(
            "escalatedAfterShown",
            "Escalated after a suggestion",
            "%",
            "Of the stays at a level in which the agent was shown similar resolved cases or knowledge "
                    + "articles, the share that moved on all the same: escalated, handed off or breached",
            Shown.IN_ITS_REPORT),
    RESOLVED_AFTER_HELP(
            "resolvedAfterHelp",
            "Resolved after a suggestion helped",
            "stays",
            "Stays at a level in which the agent marked a suggested case or article as helpful and the "
                    + "level then resolved the case: for Tier 1, the cases resolved at Tier 1 after a "
                    + "suggestion helped",
            Shown.IN_ITS_REPORT);

    /** Where a KPI shows beside its own report and the definitions. */
    enum Shown {
        /** Worked out from the facts tables ({@link Figures}): in the summary and the trends. */
        IN_SUMMARY_AND_TRENDS,
        /** Worked out from the survey's answers: in the summary. */
        IN_SUMMARY,
        /** Only in the report it belongs to. */
        IN_ITS_REPORT
    }

    public final String key;
    public final String label;
    public final String unit;
    private final String definition;
    final Shown shown;

    Kpi(String key, String label, String unit, String definition) {
        this(key, label, unit, definition, Shown.IN_SUMMARY_AND_TRENDS);
    }

    Kpi(String key, String label, String unit, String definition, Shown shown) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.definition = definition;
        this.shown = shown;
    }

    /**
     * What the figure counts, with the settings it depends on filled in.
     *
     * @param reviewAtOrBelow a survey answer this low goes to the review (escalation.survey)
     */
    String definition(InsightProperties properties, int reviewAtOrBelow) {
        return switch (this) {
            case REPEAT_CONTACT_RATE -> definition.formatted(properties.repeatContactDays());
            case DISSATISFIED -> definition.formatted(reviewAtOrBelow);
            default -> definition;
        };
    }

    /** The KPIs the facts tables give, for every period, day and week. */
    static List<Kpi> ofTheFacts() {
        return shown(Shown.IN_SUMMARY_AND_TRENDS);
    }

    /** The KPIs of the survey the summary shows beside those of the facts. */
    static List<Kpi> ofTheSurvey() {
        return shown(Shown.IN_SUMMARY);
    }

    private static List<Kpi> shown(Shown where) {
        return Arrays.stream(values()).filter(kpi -> kpi.shown == where).toList();
    }
}
