package io.escalationdesk.api;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.insight.InsightFilter;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters every insight takes. Without dates, the last 30 days up to today.
 *
 * @param to the first day after the range
 */
record InsightRequest(
        @Parameter(description = "first day, in the insight time zone", example = "2026-11-23")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(description = "the day after the last", example = "2026-11-30")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        Channel channel,
        Category category,
        Trigger trigger,

        @Parameter(description = "the level a case entered at, a stay's own level")
        Level level,

        @Parameter(description = "tier1, tier2, supervisors, management, billing or technical")
        String team) {

    private static final int DEFAULT_DAYS = 30;

    InsightFilter filter(LocalDate today) {
        LocalDate end = to == null ? today.plusDays(1) : to;
        return new InsightFilter(
                from == null ? end.minusDays(DEFAULT_DAYS) : from, end, channel, category, trigger, level, team);
    }
}
