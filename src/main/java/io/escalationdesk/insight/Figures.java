package io.escalationdesk.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The KPIs of one period, or one of its days or weeks, worked out from the totals the facts
 * tables give. A figure that has nothing to count (no case resolved, no contacts) is none.
 */
record Figures(CaseTotals cases, StayTotals stays, Long contacts, boolean ratePerContact) {

    /** What the cases opened add up to; durations in seconds. */
    record CaseTotals(
            long opened,
            long escalated,
            long enteredTier1,
            long leftTier1,
            long closed,
            long resolved,
            long resolvedFirstContact,
            long transfers,
            long avoidableEscalated,
            long repeats,
            Double resolveBusinessMedian,
            Double resolveBusinessP90,
            Double resolveElapsedMedian,
            Double resolveElapsedP90) {

        static final CaseTotals NONE = new CaseTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);

        /** From a row of {@link InsightQueries#CASE_TOTALS}, or of its counts only. */
        static CaseTotals of(Map<String, Object> row) {
            return new CaseTotals(
                    count(row, "opened"),
                    count(row, "escalated"),
                    count(row, "entered_tier1"),
                    count(row, "left_tier1"),
                    count(row, "closed"),
                    count(row, "resolved"),
                    count(row, "resolved_first_contact"),
                    count(row, "transfers"),
                    count(row, "avoidable_escalated"),
                    count(row, "repeats"),
                    seconds(row, "resolve_business_median"),
                    seconds(row, "resolve_business_p90"),
                    seconds(row, "resolve_elapsed_median"),
                    seconds(row, "resolve_elapsed_p90"));
        }
    }

    /** What their stays at the levels add up to; durations in seconds. */
    record StayTotals(
            long ended,
            long breached,
            long warned,
            long warnedThenBreached,
            long missedFirstResponses,
            Double firstResponseBusinessMedian,
            Double firstResponseBusinessP90,
            Double firstResponseElapsedMedian,
            Double firstResponseElapsedP90) {

        static final StayTotals NONE = new StayTotals(0, 0, 0, 0, 0, null, null, null, null);

        /** From a row of {@link InsightQueries#STAY_TOTALS}, or of its counts only. */
        static StayTotals of(Map<String, Object> row) {
            return new StayTotals(
                    count(row, "ended"),
                    count(row, "breached"),
                    count(row, "warned"),
                    count(row, "warned_then_breached"),
                    count(row, "missed_first_responses"),
                    seconds(row, "fr_business_median"),
                    seconds(row, "fr_business_p90"),
                    seconds(row, "fr_elapsed_median"),
                    seconds(row, "fr_elapsed_p90"));
        }
    }

    static final Figures NONE = of(CaseTotals.NONE, StayTotals.NONE, null);

    /**
     * @param contacts the contacts reported for the period; none when none are, or when the
     *     filter cannot apply to contacts
     */
    static Figures of(CaseTotals cases, StayTotals stays, Long contacts) {
        return new Figures(cases, stays, contacts, contacts != null && contacts > 0);
    }

    /** Escalation rates are per 100 contacts when contacts are reported, per 100 cases otherwise. */
    String unitOf(Kpi kpi) {
        return kpi == Kpi.ESCALATION_RATE && !ratePerContact ? "per 100 cases" : kpi.unit;
    }

    Number value(Kpi kpi) {
        return switch (kpi) {
            case CONTACTS -> contacts;
            case CASES_OPENED -> cases.opened();
            case CASES_ESCALATED -> cases.escalated();
            case ESCALATION_RATE ->
                ratePerContact ? percent(cases.escalated(), contacts) : percent(cases.escalated(), cases.opened());
            case LEFT_TIER1 -> percent(cases.leftTier1(), cases.enteredTier1());
            case FIRST_CONTACT_RESOLUTION -> percent(cases.resolvedFirstContact(), cases.resolved());
            case TRANSFER_RATE -> ratio(cases.transfers(), cases.opened(), 2);
            case REPEAT_CONTACT_RATE -> percent(cases.repeats(), cases.closed());
            case FIRST_RESPONSE_MEDIAN -> minutes(stays.firstResponseBusinessMedian());
            case FIRST_RESPONSE_P90 -> minutes(stays.firstResponseBusinessP90());
            case FIRST_RESPONSE_ELAPSED_MEDIAN -> minutes(stays.firstResponseElapsedMedian());
            case FIRST_RESPONSE_ELAPSED_P90 -> minutes(stays.firstResponseElapsedP90());
            case TIME_TO_RESOLVE_MEDIAN -> hours(cases.resolveBusinessMedian());
            case TIME_TO_RESOLVE_P90 -> hours(cases.resolveBusinessP90());
            case TIME_TO_RESOLVE_ELAPSED_MEDIAN -> hours(cases.resolveElapsedMedian());
            case TIME_TO_RESOLVE_ELAPSED_P90 -> hours(cases.resolveElapsedP90());
            case SLA_ACHIEVEMENT -> percent(stays.ended() - stays.breached(), stays.ended());
            case BREACH_RATE -> percent(stays.breached(), stays.ended());
            case WARNINGS_FOLLOWED_BY_BREACH -> percent(stays.warnedThenBreached(), stays.warned());
            case MISSED_FIRST_RESPONSES -> stays.missedFirstResponses();
            case AVOIDABLE_SHARE -> percent(cases.avoidableEscalated(), cases.escalated());
            default -> throw new IllegalArgumentException(kpi + " is not worked out from the facts tables");
        };
    }

    static long count(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double seconds(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** One decimal, half up: 2 of 3 is 66.7. */
    static BigDecimal percent(long part, Long whole) {
        return whole == null || whole == 0 ? null : ratio(100 * part, whole, 1);
    }

    static BigDecimal ratio(long part, long whole, int decimals) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal minutes(Double seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds / 60).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal hours(Double seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds / 3600).setScale(2, RoundingMode.HALF_UP);
    }
}
