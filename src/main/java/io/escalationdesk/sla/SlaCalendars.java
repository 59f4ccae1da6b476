package io.escalationdesk.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The configured business calendars by name, checked once at start-up, and the SLA settings. */
@Component
public class SlaCalendars {

    private final Map<String, SlaCalendar> byName = new TreeMap<>();
    private final double warningShare;
    private final Duration remindAfter;
    private final Duration closeAfterReminder;

    SlaCalendars(SlaProperties properties) {
        byName.put(SlaCalendar.ALWAYS_NAME, SlaCalendar.always());
        properties.calendars().forEach((name, spec) -> byName.put(name, calendar(name, spec)));
        this.warningShare = properties.warningShare();
        this.remindAfter = properties.remindAfter();
        this.closeAfterReminder = properties.closeAfterReminder();
    }

    public SlaCalendar named(String name) {
        SlaCalendar calendar = byName.get(name);
        if (calendar == null) {
            throw new IllegalArgumentException("No SLA calendar '" + name + "'; configured are " + byName.keySet());
        }
        return calendar;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Collection<String> names() {
        return byName.keySet();
    }

    /** The share of a target after which the assigned group's supervisor is warned. */
    public double warningShare() {
        return warningShare;
    }

    /** Business time a case waits for the customer's reply before they are reminded. */
    public Duration remindAfter() {
        return remindAfter;
    }

    /** Business time after the reminder until the case closes unresolved. */
    public Duration closeAfterReminder() {
        return closeAfterReminder;
    }

    private static SlaCalendar calendar(String name, SlaProperties.CalendarSpec spec) {
        try {
            var week = (spec.hours() == null ? Map.<DayOfWeek, List<String>>of() : spec.hours())
                    .entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey,
                                    day -> day.getValue().stream()
                                            .map(BusinessHours::parse)
                                            .toList()));
            var holidays = (spec.holidays() == null ? List.<String>of() : spec.holidays())
                    .stream().map(LocalDate::parse).collect(Collectors.toSet());
            return new SlaCalendar(name, spec.zone(), week, holidays);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalStateException("escalation.sla.calendars." + name + ": " + e.getMessage(), e);
        }
    }
}
