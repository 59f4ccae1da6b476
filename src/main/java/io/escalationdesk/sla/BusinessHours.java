package io.escalationdesk.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One working interval of a weekday, e.g. 08:00-12:00, in local wall-clock time. An end at or
 * before the start runs past midnight into the next day: 22:00-06:00 is a night shift, 18:00-00:00
 * ends at midnight and 00:00-00:00 is the whole day.
 */
public record BusinessHours(LocalTime from, LocalTime to) {

    public BusinessHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Reads "HH:mm-HH:mm", e.g. "08:00-12:00" or "22:00-06:00". */
    public static BusinessHours parse(String text) {
        String[] times = text.split("-", -1);
        if (times.length != 2) {
            throw notBusinessHours(text, null);
        }
        try {
            return new BusinessHours(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip()));
        } catch (DateTimeParseException e) {
            throw notBusinessHours(text, e);
        }
    }

    /** Whether the interval ends on the next day. */
    public boolean overnight() {
        return !to.isAfter(from);
    }

    private static IllegalArgumentException notBusinessHours(String text, Exception cause) {
        return new IllegalArgumentException(
                "Business hours \"" + text + "\" are not of the form HH:mm-HH:mm, e.g. 08:00-12:00", cause);
    }
}
