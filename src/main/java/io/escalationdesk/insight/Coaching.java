package io.escalationdesk.insight;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.system.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Teams and agents: the cases they held, how often the cases they held at Tier 1 went up, first
 * contact resolution, breaches. An agent whose Tier 1 escalation rate stays above the team's
 * median by the configured factor, over the configured weeks and with enough cases, is flagged
 * for coaching: a reason to talk, not a verdict.
 */
@Service
public class Coaching {

    private final InsightQueries queries;
    private final CaseActivityQueries activities;
    private final InsightProperties properties;
    private final Labels labels;

    Coaching(InsightQueries queries, CaseActivityQueries activities, InsightProperties properties, Labels labels) {
        this.queries = queries;
        this.activities = activities;
        this.properties = properties;
        this.labels = labels;
    }

    /**
     * Per team, the team whose queue held the stays; beside its escalation rate, what the
     * suggestions shown to it did: stays moved on all the same, and resolved after one helped.
     */
    public Report teams(InsightFilter filter) {
        Report.Builder report = Report.titled("Teams")
                .coded("team")
                .columnNamed("held", "stays", "stays")
                .column("ended", "stays")
                .column("movedOn", "stays")
                .column("escalationRate", "%")
                .kpi(Kpi.FIRST_CONTACT_RESOLUTION)
                .column("breaches", "stays")
                .kpi(Kpi.BREACH_RATE)
                .column("suggested", "stays")
                .kpi(Kpi.ESCALATED_AFTER_SHOWN)
                .column("helped", "stays")
                .kpi(Kpi.RESOLVED_AFTER_HELP);
        Map<String, Map<String, Object>> suggestions = new HashMap<>();
        activities.suggestionsByLevel(filter).forEach(row -> suggestions.put((String) row.get("level"), row));
        for (Map<String, Object> row : queries.heldByLevel(filter)) {
            Level level = Level.valueOf((String) row.get("level"));
            Held held = Held.of(row);
            Map<String, Object> suggested = suggestions.getOrDefault(level.name(), Map.of());
            long shown = Figures.count(suggested, "suggested");
            report.row(
                    level.candidateGroup(),
                    labels.of(level),
                    held.held(),
                    held.ended(),
                    held.movedOn(),
                    held.escalationRate(),
                    held.firstContactResolution(),
                    held.breaches(),
                    Figures.percent(held.breaches(), held.ended()),
                    shown,
                    Figures.percent(Figures.count(suggested, "moved_on_after_shown"), shown),
                    Figures.count(suggested, "helped"),
                    Figures.count(suggested, "resolved_after_help"));
        }
        return report.note("A stay moved on when it was escalated, handed off or breached; first "
                        + "contact resolution counts the stays at the level a case entered; "
                        + "suggestions count the stays in which the team was shown similar cases or "
                        + "articles.")
                .build();
    }

    /** Per agent, with the Tier 1 coaching flag. */
    public Report agents(InsightFilter filter) {
        Map<String, Held> tier1 = new HashMap<>();
        Map<String, Held> all = new TreeMap<>();
        for (Map<String, Object> row : queries.heldByAgentAndLevel(filter)) {
            String agent = (String) row.get("held_by");
            if (agent != null) {
                all.merge(agent, Held.of(row), Held::plus);
                if (Level.TIER1.name().equals(row.get("level"))) {
                    tier1.put(agent, Held.of(row));
                }
            }
        }
        Window window = window(filter);
        Report.Builder report = Report.titled("Agents")
                .column("agent", null)
                .columnNamed("held", "casesHeld", "stays")
                .column("tier1Held", "stays")
                .column("tier1EscalationRate", "%")
                .kpi(Kpi.FIRST_CONTACT_RESOLUTION)
                .column("breaches", "stays")
                .column("coachingRate", "%")
                .column("teamMedian", "%")
                .column("trend", "%")
                .column("flagged", null);
        all.forEach((agent, held) -> {
            Held atTier1 = tier1.getOrDefault(agent, Held.NONE);
            Held coached = window.byAgent.getOrDefault(agent, Held.NONE);
            report.row(
                    agent,
                    held.held(),
                    atTier1.held(),
                    atTier1.escalationRate(),
                    held.firstContactResolution(),
                    held.breaches(),
                    coached.escalationRate(),
                    window.median().orElse(null),
                    window.trendOf(agent),
                    window.flags(agent));
        });
        return report.note(window.explanation()).build();
    }

    /** One agent's Tier 1 weeks, their own figures beside the team's median. */
    public Report agent(String agent, InsightFilter filter) {
        Window window = window(filter);
        Report.Builder report = Report.titled("Agent " + agent)
                .columnNamed("week", "weekOf", null)
                .column("tier1Held", "stays")
                .columnNamed("tier1Ended", "ended", "stays")
                .columnNamed("tier1MovedOn", "movedOn", "stays")
                .column("tier1EscalationRate", "%");
        window.weeks.forEach(week -> {
            Held held = window.byAgentAndWeek.getOrDefault(Map.entry(agent, week), Held.NONE);
            report.row(week.toString(), held.held(), held.ended(), held.movedOn(), held.escalationRate());
        });
        Held coached = window.byAgent.getOrDefault(agent, Held.NONE);
        return report.note(
                        "Over the coaching weeks: " + rateText(coached.escalationRate()) + " against a team median of "
                                + rateText(window.median().orElse(null)) + ".")
                .note(
                        window.flags(agent)
                                ? "Flagged for coaching: above " + properties.coachingFactor()
                                        + " times the team median."
                                : "Not flagged for coaching.")
                .note(window.explanation())
                .build();
    }

    /** The coaching weeks: the last ones up to the end of the range, at Tier 1. */
    private Window window(InsightFilter filter) {
        LocalDate to = filter.to();
        InsightFilter weeks = new InsightFilter(
                to.minusWeeks(properties.coachingWeeks()),
                to,
                filter.channel(),
                filter.category(),
                filter.trigger(),
                Level.TIER1,
                null);
        Map<String, Held> byAgent = new HashMap<>();
        Map<Map.Entry<String, LocalDate>, Held> byAgentAndWeek = new HashMap<>();
        for (Map<String, Object> row : queries.heldByAgentAndWeek(weeks)) {
            String agent = (String) row.get("held_by");
            if (agent != null) {
                byAgent.merge(agent, Held.of(row), Held::plus);
                byAgentAndWeek.put(Map.entry(agent, InsightQueries.localDate(row.get("opened_week"))), Held.of(row));
            }
        }
        List<LocalDate> weekStarts = new ArrayList<>();
        for (LocalDate week = weeks.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                week.isBefore(to);
                week = week.plusWeeks(1)) {
            weekStarts.add(week);
        }
        return new Window(byAgent, byAgentAndWeek, weekStarts);
    }

    private static String rateText(BigDecimal rate) {
        return rate == null ? "no rate" : rate + "%";
    }

    /** What an agent or a team held, summed up. */
    private record Held(long held, long ended, long movedOn, long firstStaysEnded, long resolvedFirst, long breaches) {

        static final Held NONE = new Held(0, 0, 0, 0, 0, 0);

        static Held of(Map<String, Object> row) {
            return new Held(
                    Figures.count(row, "held"),
                    Figures.count(row, "ended"),
                    Figures.count(row, "moved_on"),
                    Figures.count(row, "first_stays_ended"),
                    Figures.count(row, "resolved_first"),
                    Figures.count(row, "breaches"));
        }

        Held plus(Held other) {
            return new Held(
                    held + other.held,
                    ended + other.ended,
                    movedOn + other.movedOn,
                    firstStaysEnded + other.firstStaysEnded,
                    resolvedFirst + other.resolvedFirst,
                    breaches + other.breaches);
        }

        BigDecimal escalationRate() {
            return Figures.percent(movedOn, ended);
        }

        BigDecimal firstContactResolution() {
            return Figures.percent(resolvedFirst, firstStaysEnded);
        }
    }

    /** The coaching weeks' Tier 1 figures of every agent, and the flag they give. */
    private final class Window {
        final Map<String, Held> byAgent;
        final Map<Map.Entry<String, LocalDate>, Held> byAgentAndWeek;
        final List<LocalDate> weeks;

        Window(
                Map<String, Held> byAgent,
                Map<Map.Entry<String, LocalDate>, Held> byAgentAndWeek,
                List<LocalDate> weeks) {
            this.byAgent = byAgent;
            this.byAgentAndWeek = byAgentAndWeek;
            this.weeks = weeks;
        }

        /** Rated are the agents who ended enough Tier 1 stays in the weeks. */
        private boolean rated(Held held) {
            return held.ended() >= properties.coachingMinimumCases();
        }

        Optional<BigDecimal> median() {
            List<BigDecimal> rates = byAgent.values().stream()
                    .filter(this::rated)
                    .map(Held::escalationRate)
                    .sorted()
                    .toList();
            if (rates.isEmpty()) {
                return Optional.empty();
            }
            int middle = rates.size() / 2;
            return Optional.of(
                    rates.size() % 2 == 1
                            ? rates.get(middle)
                            : rates.get(middle - 1)
                                    .add(rates.get(middle))
                                    .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
        }

        /** Above the factor times a median of more than nothing, with enough cases. */
        boolean flags(String agent) {
            Held held = byAgent.get(agent);
            Optional<BigDecimal> median = median();
            return held != null
                    && rated(held)
                    && median.isPresent()
                    && median.get().signum() > 0
                    && held.escalationRate()
                                    .compareTo(median.get().multiply(BigDecimal.valueOf(properties.coachingFactor())))
                            > 0;
        }

        /** The agent's weekly rates, oldest first, "25.0 / 33.3 / -" for a week without a case. */
        String trendOf(String agent) {
            return weeks.stream()
                    .map(week -> byAgentAndWeek.get(Map.entry(agent, week)))
                    .map(held -> held == null || held.escalationRate() == null
                            ? "-"
                            : held.escalationRate().toString())
                    .collect(Collectors.joining(" / "));
        }

        String explanation() {
            return "Coaching looks at the " + properties.coachingWeeks() + " weeks before "
                    + "the end of the range, at Tier 1: an agent with at least "
                    + properties.coachingMinimumCases() + " stays ended whose escalation rate is above "
                    + properties.coachingFactor() + " times the team's median is flagged.";
        }
    }
}
