package io.escalationdesk.sla;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.toMap;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The business time an SLA timer runs in: working intervals of local wall-clock time per weekday
 * in one zone, except on holidays.
 *
 * <ul>
 *   <li>A weekday may have several intervals (08:00-12:00 and 13:00-17:00). An interval belongs to
 *       the day it starts on; one whose end is at or before its start ends the next day
 *       (22:00-06:00, 18:00-00:00).
 *   <li>No interval starts on a holiday, but a night shift that began the evening before still
 *       runs into the holiday morning.
 *   <li>Each local start and end becomes an instant with {@link ZonedDateTime#of} (a time in the
 *       spring-forward gap moves forward, the fall-back overlap takes the earlier offset), and the
 *       real time between them counts: 08:00-18:00 is always 10h, but in Europe/Berlin 22:00-06:00
 *       is 7h on the spring-forward night and 9h on the fall-back night.
 *   <li>Time covered by overlapping intervals counts once.
 * </ul>
 */
public final class SlaCalendar {

    public static final String ALWAYS_NAME = "24x7";

    private static final BusinessHours WHOLE_DAY = new BusinessHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    private static final SlaCalendar ALWAYS = new SlaCalendar(
            ALWAYS_NAME,
            ZoneOffset.UTC,
            Arrays.stream(DayOfWeek.values()).collect(toMap(day -> day, day -> List.of(WHOLE_DAY))),
            Set.of());
    /** How far {@link #plus} looks for business hours before deciding the calendar has none. */
    private static final Period SEARCH_LIMIT = Period.ofYears(3);

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<BusinessHours>> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;

    public SlaCalendar(String name, ZoneId zone, Map<DayOfWeek, List<BusinessHours>> week, Set<LocalDate> holidays) {
        this.name = requireNonNull(name, "name");
        this.zone = requireNonNull(zone, "zone");
        // Sorted, so that the walk below meets the intervals in the order they start.
        week.forEach((day, hours) -> this.week.put(
                day, hours.stream().sorted(comparing(BusinessHours::from)).toList()));
        this.holidays = Set.copyOf(holidays);
    }

    /** The calendar named "24x7" that never stops: business time is elapsed time. */
    public static SlaCalendar always() {
        return ALWAYS;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone of the hours people keep by it; none for 24x7, which keeps none. */
    public Optional<ZoneId> hoursZone() {
        return this == ALWAYS ? Optional.empty() : Optional.of(zone);
    }

    /**
     * The instant at which {@code businessTime} of business time has passed after {@code start}; a
     * due time that falls on the end of an interval stays there rather than moving to the next one.
     *
     * @return {@code start} itself for zero business time
     * @throws IllegalArgumentException for negative business time
     * @throws IllegalStateException if the calendar has no business hours for years
     */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time must not be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        Instant countedUntil = start;
        LocalDate lastBusinessDay = dateOf(start);
        // From the day before, whose night shift may still be running at start.
        for (LocalDate day = dateOf(start).minusDays(1); ; day = day.plusDays(1)) {
            for (Span span : spansStartingOn(day)) {
                Instant from = latest(span.start(), countedUntil);
                if (from.isBefore(span.end())) {
                    Duration available = Duration.between(from, span.end());
                    if (remaining.compareTo(available) <= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                    countedUntil = span.end();
                    lastBusinessDay = day;
                }
            }
            if (day.isAfter(lastBusinessDay.plus(SEARCH_LIMIT))) {
                throw new IllegalStateException("SLA calendar " + name + " has no business hours within " + SEARCH_LIMIT
                        + " after " + lastBusinessDay);
            }
        }
    }

    /** The business time in [{@code from}, {@code to}); zero when {@code to} is not after it. */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        Instant countedUntil = from;
        for (LocalDate day = dateOf(from).minusDays(1);
                day.atStartOfDay(zone).toInstant().isBefore(to);
                day = day.plusDays(1)) {
            for (Span span : spansStartingOn(day)) {
                Instant start = latest(span.start(), countedUntil);
                Instant end = earliest(span.end(), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                    countedUntil = end;
                }
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return name;
    }

    private List<Span> spansStartingOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return week.getOrDefault(day.getDayOfWeek(), List.of()).stream()
                .map(hours -> new Span(
                        instantOf(day, hours.from()), instantOf(hours.overnight() ? day.plusDays(1) : day, hours.to())))
                .toList();
    }

    private Instant instantOf(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** One interval of one day, as real instants. */
    private record Span(Instant start, Instant end) {}
}
