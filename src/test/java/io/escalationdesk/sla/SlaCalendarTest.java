package io.escalationdesk.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Due times and business time, checked by hand. Europe/Berlin is +01:00 in winter and +02:00 from
 * 2026-03-29 to 2026-10-25; America/New_York is -05:00 in winter and -04:00 from 2026-03-08 to
 * 2026-11-01.
 */
class SlaCalendarTest {

    private static final SlaCalendar BERLIN = new SlaCalendar(
            "berlin",
            ZoneId.of("Europe/Berlin"),
            hours(MONDAY, FRIDAY, "08:00-12:00", "13:00-17:00"),
            dates("2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01"));
    private static final SlaCalendar NEW_YORK = new SlaCalendar(
            "new-york",
            ZoneId.of("America/New_York"),
            hours(MONDAY, FRIDAY, "09:00-17:00"),
            dates("2026-11-26", "2026-12-25"));
    private static final SlaCalendar NIGHT_SHIFT = new SlaCalendar(
            "night-shift", ZoneId.of("Europe/Berlin"), hours(SUNDAY, THURSDAY, "22:00-06:00"), Set.of());
    // The night-shift calendar has no shift on the Saturday nights when Europe changes the clocks.
    private static final SlaCalendar EVERY_NIGHT =
            new SlaCalendar("every-night", ZoneId.of("Europe/Berlin"), hours(MONDAY, SUNDAY, "22:00-06:00"), Set.of());
    private static final SlaCalendar ALWAYS = SlaCalendar.always();

    static Stream<Arguments> dueTimes() {
        return Stream.of(
                // Berlin, within one day
                dueTime(
                        BERLIN,
                        "2026-11-24T09:00+01:00[Europe/Berlin]",
                        "PT2H",
                        "2026-11-24T11:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-24T11:00+01:00[Europe/Berlin]",
                        "PT2H",
                        "2026-11-24T14:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-24T06:15+01:00[Europe/Berlin]",
                        "PT1H",
                        "2026-11-24T09:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-24T12:30+01:00[Europe/Berlin]",
                        "PT1H",
                        "2026-11-24T14:00+01:00[Europe/Berlin]"),
                // exactly at an interval start, due exactly at its end (not at the next start)
                dueTime(
                        BERLIN,
                        "2026-11-24T13:00+01:00[Europe/Berlin]",
                        "PT4H",
                        "2026-11-24T17:00+01:00[Europe/Berlin]"),
                // exactly at an interval end
                dueTime(
                        BERLIN,
                        "2026-11-24T12:00+01:00[Europe/Berlin]",
                        "PT1M",
                        "2026-11-24T13:01+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-24T17:00+01:00[Europe/Berlin]",
                        "PT1H",
                        "2026-11-25T09:00+01:00[Europe/Berlin]"),
                // Berlin, Friday evening and weekend into Monday
                dueTime(
                        BERLIN,
                        "2026-11-27T16:00+01:00[Europe/Berlin]",
                        "PT4H",
                        "2026-11-30T11:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-27T17:30+01:00[Europe/Berlin]",
                        "PT1H",
                        "2026-11-30T09:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-28T10:00+01:00[Europe/Berlin]",
                        "PT5H",
                        "2026-11-30T14:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-29T23:00+01:00[Europe/Berlin]",
                        "PT30M",
                        "2026-11-30T08:30+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-27T16:59:59.999999999+01:00[Europe/Berlin]",
                        "PT0.000000002S",
                        "2026-11-30T08:00:00.000000001+01:00[Europe/Berlin]"),
                // Berlin, Christmas Eve to Boxing Day, then the weekend; a start on Christmas Day
                dueTime(
                        BERLIN,
                        "2026-12-23T16:00+01:00[Europe/Berlin]",
                        "PT2H",
                        "2026-12-28T09:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-12-25T10:00+01:00[Europe/Berlin]",
                        "PT8H",
                        "2026-12-28T17:00+01:00[Europe/Berlin]"),
                // Berlin, New Year's Day is a Friday
                dueTime(
                        BERLIN,
                        "2026-12-31T15:00+01:00[Europe/Berlin]",
                        "PT3H",
                        "2027-01-04T09:00+01:00[Europe/Berlin]"),
                // Berlin, long: 24+16+2 hours over the Christmas holidays; 6+24*8+2 hours over five weeks
                dueTime(
                        BERLIN,
                        "2026-12-21T08:00+01:00[Europe/Berlin]",
                        "PT42H",
                        "2026-12-30T10:00+01:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-11-03T10:00+01:00[Europe/Berlin]",
                        "PT200H",
                        "2026-12-08T10:00+01:00[Europe/Berlin]"),
                // Berlin, the weekends the clocks change: Monday's opening hours are still 08:00
                dueTime(
                        BERLIN,
                        "2026-03-27T16:00+01:00[Europe/Berlin]",
                        "PT2H",
                        "2026-03-30T09:00+02:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-03-27T12:00+01:00[Europe/Berlin]",
                        "PT8H",
                        "2026-03-30T12:00+02:00[Europe/Berlin]"),
                dueTime(
                        BERLIN,
                        "2026-10-23T16:30+02:00[Europe/Berlin]",
                        "PT1H",
                        "2026-10-26T08:30+01:00[Europe/Berlin]"),
                // zero business time is due at once, even outside business hours
                dueTime(
                        BERLIN,
                        "2026-11-28T10:00+01:00[Europe/Berlin]",
                        "PT0S",
                        "2026-11-28T10:00+01:00[Europe/Berlin]"),
                // New York, within one day and before opening
                dueTime(
                        NEW_YORK,
                        "2026-11-24T10:00-05:00[America/New_York]",
                        "PT3H",
                        "2026-11-24T13:00-05:00[America/New_York]"),
                dueTime(
                        NEW_YORK,
                        "2026-11-24T07:00-05:00[America/New_York]",
                        "PT8H",
                        "2026-11-24T17:00-05:00[America/New_York]"),
                // New York, Friday evening and Saturday into Monday
                dueTime(
                        NEW_YORK,
                        "2026-11-27T15:00-05:00[America/New_York]",
                        "PT4H",
                        "2026-11-30T11:00-05:00[America/New_York]"),
                dueTime(
                        NEW_YORK,
                        "2026-11-28T12:00-05:00[America/New_York]",
                        "PT8H",
                        "2026-11-30T17:00-05:00[America/New_York]"),
                // New York, Thanksgiving and Christmas
                dueTime(
                        NEW_YORK,
                        "2026-11-25T16:00-05:00[America/New_York]",
                        "PT2H",
                        "2026-11-27T10:00-05:00[America/New_York]"),
                dueTime(
                        NEW_YORK,
                        "2026-12-24T16:00-05:00[America/New_York]",
                        "PT3H",
                        "2026-12-28T11:00-05:00[America/New_York]"),
                // New York, the weekends the clocks change: Monday's opening hours are still 09:00
                dueTime(
                        NEW_YORK,
                        "2026-03-06T16:00-05:00[America/New_York]",
                        "PT2H",
                        "2026-03-09T10:00-04:00[America/New_York]"),
                dueTime(
                        NEW_YORK,
                        "2026-10-30T16:00-04:00[America/New_York]",
                        "PT2H",
                        "2026-11-02T10:00-05:00[America/New_York]"),
                // night shifts Sunday to Thursday: across midnight, from noon, over the weekend
                dueTime(
                        NIGHT_SHIFT,
                        "2026-11-23T23:00+01:00[Europe/Berlin]",
                        "PT3H",
                        "2026-11-24T02:00+01:00[Europe/Berlin]"),
                dueTime(
                        NIGHT_SHIFT,
                        "2026-11-24T12:00+01:00[Europe/Berlin]",
                        "PT8H",
                        "2026-11-25T06:00+01:00[Europe/Berlin]"),
                dueTime(
                        NIGHT_SHIFT,
                        "2026-11-27T05:00+01:00[Europe/Berlin]",
                        "PT2H",
                        "2026-11-29T23:00+01:00[Europe/Berlin]"),
                dueTime(
                        NIGHT_SHIFT,
                        "2026-03-28T23:00+01:00[Europe/Berlin]",
                        "PT1H",
                        "2026-03-29T23:00+02:00[Europe/Berlin]"),
                // the spring-forward night shift is 7h long; 02:00-03:00 does not exist
                dueTime(
                        EVERY_NIGHT,
                        "2026-03-28T22:00+01:00[Europe/Berlin]",
                        "PT7H",
                        "2026-03-29T06:00+02:00[Europe/Berlin]"),
                dueTime(
                        EVERY_NIGHT,
                        "2026-03-28T23:00+01:00[Europe/Berlin]",
                        "PT5H",
                        "2026-03-29T05:00+02:00[Europe/Berlin]"),
                dueTime(
                        EVERY_NIGHT,
                        "2026-03-29T01:30+01:00[Europe/Berlin]",
                        "PT1H",
                        "2026-03-29T03:30+02:00[Europe/Berlin]"),
                dueTime(
                        EVERY_NIGHT,
                        "2026-03-28T22:00+01:00[Europe/Berlin]",
                        "PT7H1M",
                        "2026-03-29T22:01+02:00[Europe/Berlin]"),
                // the fall-back night shift is 9h long; 02:00-03:00 happens twice
                dueTime(
                        EVERY_NIGHT,
                        "2026-10-24T22:00+02:00[Europe/Berlin]",
                        "PT9H",
                        "2026-10-25T06:00+01:00[Europe/Berlin]"),
                dueTime(
                        EVERY_NIGHT,
                        "2026-10-25T02:30+02:00[Europe/Berlin]",
                        "PT1H",
                        "2026-10-25T02:30+01:00[Europe/Berlin]"),
                dueTime(
                        EVERY_NIGHT,
                        "2026-10-24T22:00+02:00[Europe/Berlin]",
                        "PT9H30M",
                        "2026-10-25T22:30+01:00[Europe/Berlin]"),
                // 24x7 counts elapsed time, so the wall clock moves by an hour more or less
                dueTime(
                        ALWAYS,
                        "2026-03-28T12:00+01:00[Europe/Berlin]",
                        "PT24H",
                        "2026-03-29T13:00+02:00[Europe/Berlin]"),
                dueTime(
                        ALWAYS,
                        "2026-10-24T12:00+02:00[Europe/Berlin]",
                        "PT24H",
                        "2026-10-25T11:00+01:00[Europe/Berlin]"),
                dueTime(
                        ALWAYS,
                        "2026-03-07T12:00-05:00[America/New_York]",
                        "PT24H",
                        "2026-03-08T13:00-04:00[America/New_York]"),
                dueTime(
                        ALWAYS,
                        "2026-10-31T12:00-04:00[America/New_York]",
                        "PT24H",
                        "2026-11-01T11:00-05:00[America/New_York]"),
                dueTime(
                        ALWAYS,
                        "2026-11-27T17:30+01:00[Europe/Berlin]",
                        "PT200H",
                        "2026-12-06T01:30+01:00[Europe/Berlin]"));
    }

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @MethodSource("dueTimes")
    void plusFindsTheDueTime(SlaCalendar calendar, ZonedDateTime start, Duration businessTime, ZonedDateTime due) {
        assertThat(calendar.plus(start.toInstant(), businessTime).atZone(due.getZone()))
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @MethodSource("dueTimes")
    void betweenCountsBackWhatPlusAdded(SlaCalendar calendar, ZonedDateTime start, Duration businessTime) {
        Duration counted = calendar.between(start.toInstant(), calendar.plus(start.toInstant(), businessTime));

        assertThat(counted).isEqualTo(businessTime);
    }

    static Stream<Arguments> businessTimes() {
        return Stream.of(
                // Berlin: a weekend, Christmas, the lunch break, a whole week
                businessTime(
                        BERLIN,
                        "2026-11-27T16:00+01:00[Europe/Berlin]",
                        "2026-11-30T09:00+01:00[Europe/Berlin]",
                        "PT2H"),
                businessTime(
                        BERLIN,
                        "2026-12-23T16:00+01:00[Europe/Berlin]",
                        "2026-12-28T09:00+01:00[Europe/Berlin]",
                        "PT2H"),
                businessTime(
                        BERLIN,
                        "2026-11-24T11:30+01:00[Europe/Berlin]",
                        "2026-11-24T13:30+01:00[Europe/Berlin]",
                        "PT1H"),
                businessTime(
                        BERLIN,
                        "2026-11-23T00:00+01:00[Europe/Berlin]",
                        "2026-11-30T00:00+01:00[Europe/Berlin]",
                        "PT40H"),
                // New York: Thanksgiving; a weekend the clocks change
                businessTime(
                        NEW_YORK,
                        "2026-11-25T09:00-05:00[America/New_York]",
                        "2026-11-27T09:00-05:00[America/New_York]",
                        "PT8H"),
                businessTime(
                        NEW_YORK,
                        "2026-03-06T09:00-05:00[America/New_York]",
                        "2026-03-09T17:00-04:00[America/New_York]",
                        "PT16H"),
                // night shifts: the nights the clocks change, a whole shift, the end of one and a new one
                businessTime(
                        EVERY_NIGHT,
                        "2026-03-28T20:00+01:00[Europe/Berlin]",
                        "2026-03-29T12:00+02:00[Europe/Berlin]",
                        "PT7H"),
                businessTime(
                        EVERY_NIGHT,
                        "2026-10-24T20:00+02:00[Europe/Berlin]",
                        "2026-10-25T12:00+01:00[Europe/Berlin]",
                        "PT9H"),
                businessTime(
                        NIGHT_SHIFT,
                        "2026-11-23T12:00+01:00[Europe/Berlin]",
                        "2026-11-24T12:00+01:00[Europe/Berlin]",
                        "PT8H"),
                businessTime(
                        NIGHT_SHIFT,
                        "2026-11-24T03:00+01:00[Europe/Berlin]",
                        "2026-11-24T23:00+01:00[Europe/Berlin]",
                        "PT4H"),
                // an end before the start
                businessTime(
                        BERLIN,
                        "2026-11-30T10:00+01:00[Europe/Berlin]",
                        "2026-11-27T10:00+01:00[Europe/Berlin]",
                        "PT0S"),
                // 24x7 across the changes of the clocks
                businessTime(
                        ALWAYS,
                        "2026-03-28T12:00+01:00[Europe/Berlin]",
                        "2026-03-29T12:00+02:00[Europe/Berlin]",
                        "PT23H"),
                businessTime(
                        ALWAYS,
                        "2026-10-24T12:00+02:00[Europe/Berlin]",
                        "2026-10-25T12:00+01:00[Europe/Berlin]",
                        "PT25H"));
    }

    @ParameterizedTest(name = "{0}: {1} to {2} = {3}")
    @MethodSource("businessTimes")
    void betweenCountsBusinessTime(SlaCalendar calendar, ZonedDateTime from, ZonedDateTime to, Duration businessTime) {
        assertThat(calendar.between(from.toInstant(), to.toInstant())).isEqualTo(businessTime);
    }

    @Test
    void pausedClockResumesAfterTheWeekend() {
        Duration target = Duration.ofHours(4);
        var start = zoned("2026-11-27T15:00+01:00[Europe/Berlin]").toInstant();
        var pause = zoned("2026-11-27T16:30+01:00[Europe/Berlin]").toInstant();
        var resume = zoned("2026-11-30T10:00+01:00[Europe/Berlin]").toInstant();

        assertThat(BERLIN.plus(start, target))
                .isEqualTo(zoned("2026-11-30T10:00+01:00[Europe/Berlin]").toInstant());
        Duration remaining = target.minus(BERLIN.between(start, pause));
        assertThat(remaining).isEqualTo(Duration.ofMinutes(150));
        // Monday 10:00-12:00, lunch, 13:00-13:30
        assertThat(BERLIN.plus(resume, remaining))
                .isEqualTo(zoned("2026-11-30T13:30+01:00[Europe/Berlin]").toInstant());
    }

    @Test
    void pausedClockResumesAfterThanksgiving() {
        Duration target = Duration.ofHours(8);
        var start = zoned("2026-11-25T13:00-05:00[America/New_York]").toInstant();
        var pause = zoned("2026-11-25T14:00-05:00[America/New_York]").toInstant();
        var resume = zoned("2026-11-27T11:00-05:00[America/New_York]").toInstant();

        Duration remaining = target.minus(NEW_YORK.between(start, pause));
        assertThat(remaining).isEqualTo(Duration.ofHours(7));
        // Friday 11:00-17:00, then Monday 09:00-10:00
        assertThat(NEW_YORK.plus(resume, remaining))
                .isEqualTo(zoned("2026-11-30T10:00-05:00[America/New_York]").toInstant());
    }

    @Test
    void refusesNegativeBusinessTime() {
        assertThatThrownBy(() -> BERLIN.plus(
                        zoned("2026-11-24T09:00+01:00[Europe/Berlin]").toInstant(), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-1M");
    }

    @Test
    void givesUpOnACalendarWithoutBusinessHours() {
        var closed = new SlaCalendar("closed", ZoneOffset.UTC, Map.of(), Set.of());

        assertThatThrownBy(() -> closed.plus(Instant.parse("2026-11-24T09:00:00Z"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed has no business hours");
    }

    @Test
    void alwaysIsNamed24x7() {
        assertThat(ALWAYS.name()).isEqualTo(SlaCalendar.ALWAYS_NAME).isEqualTo("24x7");
    }

    @ParameterizedTest(name = "{0} overnight: {1}")
    @CsvSource(textBlock = """
      08:00-12:00, false
      22:00-06:00, true
      18:00-00:00, true
      """)
    void parsesBusinessHours(String text, boolean overnight) {
        assertThat(BusinessHours.parse(text).overnight()).isEqualTo(overnight);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8-18", "25:00-26:00", "08:00"})
    void refusesMalformedBusinessHours(String text) {
        assertThatThrownBy(() -> BusinessHours.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("HH:mm-HH:mm");
    }

    private static Arguments dueTime(SlaCalendar calendar, String start, String businessTime, String due) {
        return arguments(calendar, zoned(start), Duration.parse(businessTime), zoned(due));
    }

    private static Arguments businessTime(SlaCalendar calendar, String from, String to, String businessTime) {
        return arguments(calendar, zoned(from), zoned(to), Duration.parse(businessTime));
    }

    /** The time as written; an offset its zone does not have then is a slip in a table. */
    private static ZonedDateTime zoned(String text) {
        ZonedDateTime time = ZonedDateTime.parse(text);
        if (!time.toString().equals(text)) {
            throw new IllegalArgumentException(text + " has the wrong offset: it is " + time);
        }
        return time;
    }

    private static Map<DayOfWeek, List<BusinessHours>> hours(DayOfWeek first, DayOfWeek last, String... intervals) {
        List<BusinessHours> hours =
                Arrays.stream(intervals).map(BusinessHours::parse).toList();
        Map<DayOfWeek, List<BusinessHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day = first; !week.containsKey(last); day = day.plus(1)) {
            week.put(day, hours);
        }
        return week;
    }

    private static Set<LocalDate> dates(String... dates) {
        return Arrays.stream(dates).map(LocalDate::parse).collect(toSet());
    }
}
