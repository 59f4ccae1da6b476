package io.escalationdesk.benchmark;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.EscalationLadder;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.sla.BusinessHours;
import io.escalationdesk.sla.SlaCalendar;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A year of a call center's cases as the process leaves them in our tables: the case record, its
 * timeline, its facts and its stays at the levels, moved along by the real {@link
 * EscalationLadder}. Tier 1 takes most cases and resolves most of them; some go up, some to a
 * department and back, a few breach; three Tier 1 agents escalate twice as often as the rest.
 * The cases of the last hours are still open, as they would be. Seeded from a fixed number, so
 * every run writes the same history; written with PostgreSQL's COPY.
 */
final class CaseHistory {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final SlaCalendar STANDARD = new SlaCalendar("standard", ZONE, weekdays(), Set.of());
    private static final int DAYS = 365;
    private static final int CUSTOMERS = 250_000;
    private static final int BATCH = 10_000;
    private static final String[] CONCERNS = {
        "Charged twice for the October invoice", "Refund for the returned router has not arrived",
        "Internet drops every evening since the upgrade", "Wants to cancel the contract early",
        "Direct debit taken although the account was closed", "Cannot log in to the customer portal",
        "Technician did not come to the appointment", "Complains about the hotline waiting time",
        "Roaming charges on the bill look wrong", "Asks why the monthly price went up",
        "New SIM card was never delivered", "Wants the contract moved to the new address"
    };

    private final Random random = new Random(20261201);
    private final Instant now;
    private final CopyManager copy;
    private final CopyTable cases = new CopyTable("escalation_case (case_number, customer_id, customer_name, "
            + "customer_email, customer_phone, preferred_channel, channel, category, priority, "
            + "escalation_trigger, customer_segment, description, status, level, opened_at, closed_at, "
            + "linked_case_number, language)");
    private final CopyTable timeline = new CopyTable(
            "case_status_update (case_number, occurred_at, actor, " + "event, from_level, level, reason)");
    private final CopyTable facts = new CopyTable("case_fact (case_number, opened_at, opened_day, "
            + "opened_week, channel, category, escalation_trigger, priority, customer_segment, team, "
            + "follow_up_of, entry_level, avoidable, policy_rule, sla_calendar, sla_due_at, escalated, "
            + "transfers, breaches, paused_business_seconds, closed_at, closed_event, resolved_level, "
            + "resolution_code, resolve_elapsed_seconds, resolve_business_seconds, "
            + "followed_up_after_seconds)");
    private final CopyTable stays = new CopyTable("case_level_visit (case_number, opened_day, opened_week, "
            + "channel, category, escalation_trigger, priority, customer_segment, level, entered_at, "
            + "entered_event, held_by, first_response_at, first_response_elapsed_seconds, "
            + "first_response_business_seconds, first_response_missed, warned, breached, "
            + "paused_business_seconds, left_at, left_event, left_by)");
    private final Map<String, Long> casesByDayAndChannel = new HashMap<>();
    /** Follow-up cases to come: when the customer calls again about a closed case. */
    private final PriorityQueue<FollowUp> followUps = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));

    private long written;
    private long closed;

    private record FollowUp(Instant at, String caseNumber) {}

    /** What the history came to. */
    record Written(long cases, long closed, long stays, long timelineEntries) {}

    private CaseHistory(Connection connection, Instant now) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.now = now;
    }

    /** Writes the history into the app's tables and prints what it came to. */
    static void seed(String url, long closedCases) throws Exception {
        Instant started = Instant.now();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            CaseHistory.Written written = CaseHistory.write(connection, closedCases, Instant.now());
            // as autovacuum would have by the time anyone looks: visibility maps and statistics
            connection.createStatement().execute("vacuum analyze");
            System.out.printf(
                    Locale.ROOT,
                    "Seeded %,d cases (%,d closed, %,d open), %,d stays at a "
                            + "level, %,d timeline entries in %d s%n",
                    written.cases(),
                    written.closed(),
                    written.cases() - written.closed(),
                    written.stays(),
                    written.timelineEntries(),
                    Duration.between(started, Instant.now()).toSeconds());
        }
    }

    /** About {@code closedCases} closed cases over the year before {@code now}, and the open ones. */
    static Written write(Connection connection, long closedCases, Instant now) throws SQLException, IOException {
        CaseHistory history = new CaseHistory(connection, now);
        history.writeYear(closedCases);
        return new Written(history.written, history.closed, history.stays.rows, history.timeline.rows);
    }

    private void writeYear(long closedCases) throws SQLException, IOException {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        // weekends bring a third of a weekday's cases
        double perWeekday = closedCases / (DAYS * (5 + 2 * 0.3) / 7);
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int count = (int) Math.round(perWeekday * (weekend ? 0.3 : 1));
            List<Instant> arrivals = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                // nine in ten during business hours, the rest in the evening
                int second = random.nextDouble() < 0.9
                        ? 8 * 3600 + random.nextInt(10 * 3600)
                        : 18 * 3600 + random.nextInt(4 * 3600);
                arrivals.add(day.atStartOfDay(ZONE).plusSeconds(second).toInstant());
            }
            arrivals.sort(null);
            for (Instant arrival : arrivals) {
                while (!followUps.isEmpty() && followUps.peek().at().isBefore(arrival)) {
                    FollowUp followUp = followUps.poll();
                    oneCase(followUp.at(), followUp.caseNumber());
                }
                if (!arrival.isBefore(now)) {
                    break;
                }
                oneCase(arrival, null);
            }
        }
        flush();
        contactVolumes();
    }

    private void oneCase(Instant opened, String followUpOf) throws SQLException, IOException {
        String caseNumber = "ESC-H" + (++written);
        LocalDate day = LocalDate.ofInstant(opened, ZONE);
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Channel channel = pick(Channel.values(), 50, 22, 18, 5, 5);
        Category category = pick(Category.values(), 25, 30, 25, 10, 10);
        Trigger trigger = pick(Trigger.values(), 10, 25, 12, 18, 14, 11, 10);
        Priority priority = pick(Priority.values(), 15, 55, 22, 8);
        String segment = random.nextDouble() < 0.1 ? "VIP" : "STANDARD";
        String calendar = random.nextDouble() < 0.85 ? "standard" : SlaCalendar.ALWAYS_NAME;
        Level entry = pick(new Level[] {Level.TIER1, Level.TIER2, Level.SUPERVISOR, Level.TECHNICAL}, 68, 24, 5, 3);
        boolean avoidable = entry != Level.TIER1 && random.nextDouble() < 0.35;
        String opener = agentOf(Level.TIER1);
        String[] dimensions = {channel.name(), category.name(), trigger.name(), priority.name(), segment};
        casesByDayAndChannel.merge(day + "," + channel, 1L, Long::sum);

        timeline.row(caseNumber, opened, opener, CaseEvent.OPENED, null, null, channel.name());
        Instant at = opened.plusSeconds(15);
        Transition move = EscalationLadder.entry(entry);
        timeline.row(caseNumber, at, "system", CaseEvent.ROUTED, null, entry, "Escalation policy");
        timeline.row(caseNumber, at.plusSeconds(30), "system", CaseEvent.CUSTOMER_NOTIFIED, null, entry, null);
        int transfers = 0;
        int breaches = 0;
        Instant slaDue = null;
        CaseEvent closedEvent = null;
        Instant closedAt = null;
        Level resolvedLevel = null;
        ResolutionCode resolution = null;
        long paused = 0;
        for (int stay = 1; closedEvent == null; stay++) {
            Level level = move.to();
            Instant due = plusBusiness(calendar, at, target(level, priority));
            String agent = agentOf(level);
            Instant response = at.plusSeconds((long) exponential(level == Level.TIER1 ? 600 : 1500));
            Outcome outcome = outcome(level, agent, stay, category);
            boolean noReply = outcome == Outcome.RESOLVED && random.nextDouble() < 0.03;
            Transition next = outcome == null
                    ? EscalationLadder.afterSlaBreach(level, Level.TIER2)
                    : noReply
                            ? EscalationLadder.closedUnresolved(level)
                            : EscalationLadder.afterOutcome(
                                    level,
                                    outcome,
                                    "Needs the next level",
                                    "Sorted it out",
                                    department(category),
                                    Level.TIER2);
            boolean breached = outcome == null;
            Instant left =
                    breached ? due : min(response.plusSeconds((long) exponential(work(level))), due.minusSeconds(60));
            if (left.isBefore(response)) {
                left = response.plusSeconds(60);
            }
            long stayPaused = noReply ? 16 * 3600 : 0;
            if (noReply) {
                left = left.plus(Duration.ofDays(3)); // asked, reminded, no reply
            }
            boolean warned = random.nextDouble() < (breached ? 0.8 : 0.08);
            boolean open = !left.isBefore(now);
            boolean responded = response.isBefore(left) && response.isBefore(now);
            stays.row(
                    caseNumber,
                    day,
                    week,
                    dimensions[0],
                    dimensions[1],
                    dimensions[2],
                    dimensions[3],
                    dimensions[4],
                    level,
                    at,
                    move.event(),
                    responded ? agent : null,
                    responded ? response : null,
                    responded ? Duration.between(at, response).toSeconds() : null,
                    responded ? business(calendar, at, response) : null,
                    business(calendar, at, response) > 1800,
                    warned && !open,
                    breached && !open,
                    stayPaused,
                    open ? null : left,
                    open ? null : next.event(),
                    open ? null : breached || noReply ? "system" : agent);
            if (open) {
                slaDue = due;
                break;
            }
            if (warned) {
                timeline.row(
                        caseNumber,
                        at.plus(Duration.between(at, due).multipliedBy(3).dividedBy(4)),
                        "system",
                        CaseEvent.SLA_WARNING,
                        null,
                        level,
                        "Three quarters of the SLA used");
            }
            timeline.row(
                    caseNumber,
                    left,
                    breached || noReply ? "system" : agent,
                    next.event(),
                    level,
                    next.to() == Level.CLOSED ? null : next.to(),
                    reason(next.event()));
            timeline.row(
                    caseNumber,
                    left.plusSeconds(30),
                    "system",
                    CaseEvent.CUSTOMER_NOTIFIED,
                    null,
                    next.to() == Level.CLOSED ? null : next.to(),
                    null);
            breaches += breached ? 1 : 0;
            paused += stayPaused;
            move = next;
            if (move.to() == Level.CLOSED) {
                closedEvent = move.event();
                closedAt = left;
                if (closedEvent == CaseEvent.RESOLVED) {
                    resolvedLevel = level;
                    resolution = resolution(level);
                }
            } else {
                transfers += move.to() != level ? 1 : 0;
                at = left.plusSeconds(5);
            }
        }

        Long followedUpAfter = null;
        if (closedAt != null) {
            closed++;
            if (random.nextDouble() < 0.05) {
                Instant again = closedAt.plusSeconds((long) exponential(3 * 86_400));
                if (again.isBefore(now)) {
                    followedUpAfter = Duration.between(closedAt, again).toSeconds();
                    followUps.add(new FollowUp(again, caseNumber));
                }
            }
        }
        int customer = random.nextInt(CUSTOMERS);
        cases.row(
                caseNumber,
                "C-" + customer,
                "Customer " + customer,
                "customer" + customer + "@example.com",
                "+49151" + (1_000_000 + customer),
                random.nextBoolean() ? "EMAIL" : "SMS",
                dimensions[0],
                dimensions[1],
                dimensions[3],
                dimensions[2],
                dimensions[4],
                CONCERNS[random.nextInt(CONCERNS.length)],
                closedAt == null ? "OPEN" : "CLOSED",
                closedAt == null ? move.to() : Level.CLOSED,
                opened,
                closedAt,
                followUpOf,
                random.nextDouble() < 0.7 ? "DE" : "EN");
        facts.row(
                caseNumber,
                opened,
                day,
                week,
                dimensions[0],
                dimensions[1],
                dimensions[2],
                dimensions[3],
                dimensions[4],
                random.nextDouble() < 0.9 ? "tier1" : "tier2",
                followUpOf,
                entry,
                avoidable,
                "Rule_" + (trigger.ordinal() + 1),
                calendar,
                slaDue,
                entry != Level.TIER1 || transfers > 0,
                transfers,
                breaches,
                paused,
                closedAt,
                closedEvent,
                resolvedLevel,
                resolution,
                closedEvent == CaseEvent.RESOLVED
                        ? Duration.between(opened, closedAt).toSeconds()
                        : null,
                closedEvent == CaseEvent.RESOLVED ? Math.max(business(calendar, opened, closedAt) - paused, 0) : null,
                followedUpAfter);
        if (written % BATCH == 0) {
            flush();
        }
    }

    /** What the agent does at the end of a stay; none when the SLA runs out first. */
    private Outcome outcome(Level level, String agent, int stay, Category category) {
        double draw = random.nextDouble();
        if (stay >= 6 || level == Level.MANAGEMENT) {
            return draw < 0.05 && level == Level.MANAGEMENT ? null : Outcome.RESOLVED;
        }
        return switch (level) {
            case TIER1 -> {
                double escalates = agent.endsWith("-01") || agent.endsWith("-02") || agent.endsWith("-03") ? 0.5 : 0.25;
                yield draw < 0.02 ? null : draw < 0.02 + escalates ? Outcome.ESCALATE : Outcome.RESOLVED;
            }
            case TIER2 ->
                draw < 0.06
                        ? null
                        : draw < 0.16
                                ? Outcome.ESCALATE
                                : draw < 0.16 + (department(category) == Department.NONE ? 0 : 0.15)
                                        ? Outcome.HAND_OFF
                                        : Outcome.RESOLVED;
            case SUPERVISOR -> draw < 0.04 ? null : draw < 0.12 ? Outcome.ESCALATE : Outcome.RESOLVED;
            case BILLING, TECHNICAL -> draw < 0.03 ? null : draw < 0.8 ? Outcome.RETURN : Outcome.RESOLVED;
            default -> Outcome.RESOLVED;
        };
    }

    private ResolutionCode resolution(Level level) {
        ResolutionCode[] codes = ResolutionCode.values();
        return level == Level.TIER1 ? pick(codes, 45, 10, 10, 10, 15, 5, 5) : pick(codes, 18, 20, 18, 20, 12, 7, 5);
    }

    private static Department department(Category category) {
        return switch (category) {
            case BILLING -> Department.BILLING;
            case TECHNICAL -> Department.TECHNICAL;
            default -> Department.NONE;
        };
    }

    private static String reason(CaseEvent event) {
        return switch (event) {
            case ESCALATED -> "Needs the next level";
            case HANDED_OFF -> "For the department";
            case RETURNED -> "Done on our side";
            case SLA_BREACHED -> "The SLA ran out";
            case UNRESOLVED_NO_REPLY -> "No reply to the information request";
            default -> "Explained and confirmed with the customer";
        };
    }

    private String agentOf(Level level) {
        int team = switch (level) {
            case TIER1 -> 60;
            case TIER2 -> 20;
            case SUPERVISOR -> 6;
            case MANAGEMENT -> 2;
            default -> 8;
        };
        return "%s-%02d".formatted(level.name().toLowerCase(), 1 + random.nextInt(team));
    }

    /** The SLA of a stay, in business time. */
    private static Duration target(Level level, Priority priority) {
        Duration base = switch (priority) {
            case URGENT -> Duration.ofHours(2);
            case HIGH -> Duration.ofHours(4);
            case NORMAL -> Duration.ofHours(8);
            case LOW -> Duration.ofHours(16);
        };
        return level == Level.TIER1 ? base : base.multipliedBy(2);
    }

    /** How long an agent works a case at the level, on average, in seconds. */
    private static double work(Level level) {
        return switch (level) {
            case TIER1 -> 2400;
            case TIER2 -> 7200;
            case SUPERVISOR -> 10_800;
            default -> 14_400;
        };
    }

    private void contactVolumes() throws SQLException, IOException {
        CopyTable volumes = new CopyTable("contact_volume (contact_day, channel, team, contacts, updated_at)");
        for (Map.Entry<String, Long> entry : casesByDayAndChannel.entrySet()) {
            String[] key = entry.getKey().split(",");
            // about one contact in seven becomes a case
            volumes.row(LocalDate.parse(key[0]), key[1], "tier1", entry.getValue() * 7, now);
        }
        volumes.copyInto(copy);
    }

    private void flush() throws SQLException, IOException {
        for (CopyTable table : List.of(cases, facts, stays, timeline)) {
            table.copyInto(copy);
        }
    }

    private static long business(String calendar, Instant from, Instant to) {
        return calendar.equals(SlaCalendar.ALWAYS_NAME)
                ? Duration.between(from, to).toSeconds()
                : STANDARD.between(from, to).toSeconds();
    }

    private static Instant plusBusiness(String calendar, Instant from, Duration target) {
        return calendar.equals(SlaCalendar.ALWAYS_NAME) ? from.plus(target) : STANDARD.plus(from, target);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** One of the values, by their weights. */
    private <T> T pick(T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("weights for " + values.length + " values");
    }

    private static Map<DayOfWeek, List<BusinessHours>> weekdays() {
        Map<DayOfWeek, List<BusinessHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                week.put(day, List.of(new BusinessHours(LocalTime.of(8, 0), LocalTime.of(18, 0))));
            }
        }
        return week;
    }
}
