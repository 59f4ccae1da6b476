package io.escalationdesk.insight;

import io.escalationdesk.escalation.ResolutionCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the KPIs count.
 *
 * @param timeZone the zone whose days and ISO weeks the figures are counted in
 * @param repeatContactDays a follow-up case within this many days of closing is a repeat contact
 * @param pushDownResolutions resolutions Tier 1 could have given itself: a case escalated and then
 *     resolved above Tier 1 with one of them is a push-down candidate
 * @param atRiskWithin an open case whose SLA runs out within this time is at risk
 * @param coachingFactor an agent whose Tier 1 escalation rate is above this many times their
 *     team's median is flagged for coaching
 * @param coachingWeeks the weeks, up to the end of the chosen range, the flag looks at
 * @param coachingMinimumCases the Tier 1 cases an agent must have held in those weeks to be rated
 * @param refreshAfter how old a report may be before it is worked out again
 */
@Validated
@ConfigurationProperties("escalation.insight")
public record InsightProperties(
        @NotNull ZoneId timeZone,
        @Min(1) int repeatContactDays,
        @NotNull List<ResolutionCode> pushDownResolutions,
        @NotNull Duration atRiskWithin,
        @DecimalMin("1.0") double coachingFactor,
        @Min(1) int coachingWeeks,
        @Min(1) int coachingMinimumCases,
        @NotNull Duration refreshAfter) {

    /** Today in the insight time zone: the last day a default range covers. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), timeZone);
    }
}
