package io.escalationdesk.sla;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How SLA time is counted.
 *
 * @param calendars named business calendars the escalation policy chooses from; "24x7" always
 *     exists besides them
 * @param warningShare the share of a target after which the supervisor is warned
 * @param remindAfter business time a case waits for the customer before they are reminded
 * @param closeAfterReminder business time after the reminder until the case closes unresolved
 */
@Validated
@ConfigurationProperties("escalation.sla")
public record SlaProperties(
        Map<String, CalendarSpec> calendars,
        @DecimalMin("0.05") @DecimalMax("0.95") double warningShare,
        @NotNull Duration remindAfter,
        @NotNull Duration closeAfterReminder) {

    public SlaProperties {
        calendars = calendars == null ? Map.of() : calendars;
    }

    /**
     * @param hours per weekday, intervals like {@code 08:00-12:00}; a weekday left out is closed
     * @param holidays ISO dates ({@code 2026-12-25}) without business hours
     */
    public record CalendarSpec(@NotNull ZoneId zone, Map<DayOfWeek, List<String>> hours, List<String> holidays) {}
}
