package io.escalationdesk.move;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.escalation.Transition;
import io.escalationdesk.insight.InsightProperties;
import io.escalationdesk.sla.SlaCalendar;
import io.escalationdesk.sla.SlaCalendars;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the KPIs count, kept as a case moves: one row per case ({@code case_fact}) and one per
 * stay at a level ({@code case_level_visit}). Written in the transaction of the step that
 * moved the case ({@link CaseMoves}), opened it or ran its SLA clock; durations in business time are
 * worked out here, once, in the case's calendar. The KPIs' write side: {@code insight} only
 * reads these tables.
 */
@Repository
public class CaseFacts {

    private static final String OPEN_VISIT = "case_number = :caseNumber and left_at is null";

    private final JdbcClient jdbc;
    private final SlaCalendars calendars;
    private final InsightProperties properties;

    CaseFacts(JdbcClient jdbc, SlaCalendars calendars, InsightProperties properties) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.properties = properties;
    }

    /**
     * A new case, counted on the day it opened.
     *
     * @param team the team of the agent who escalated it; none when they are in none
     */
    public void opened(CaseRecord record, String team) {
        LocalDate day = LocalDate.ofInstant(record.openedAt(), properties.timeZone());
        jdbc.sql("""
            insert into case_fact (case_number, opened_at, opened_day, opened_week, channel,
              category, escalation_trigger, priority, customer_segment, team, follow_up_of)
            values (:caseNumber, :openedAt, :openedDay, :openedWeek, :channel, :category,
              :trigger, :priority, :segment, :team, :followUpOf)""")
                .param("caseNumber", record.caseNumber())
                .param("openedAt", Timestamp.from(record.openedAt()))
                .param("openedDay", day)
                .param("openedWeek", day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .param("channel", record.channel().name())
                .param("category", record.category().name())
                .param("trigger", record.trigger().name())
                .param("priority", record.priority().name())
                .param("segment", record.customerSegment().name())
                .param("team", team)
                .param("followUpOf", record.linkedCaseNumber())
                .update();
        if (record.linkedCaseNumber() != null) {
            followedUp(record.linkedCaseNumber(), record.openedAt());
        }
    }

    /** Where the policy sent the case, which rule did, and the calendar its SLAs run in. */
    public void routed(String caseNumber, Level entryLevel, boolean avoidable, String policyRule, String calendar) {
        jdbc.sql("""
            update case_fact set entry_level = :level, avoidable = :avoidable,
              policy_rule = :rule, sla_calendar = :calendar, escalated = :escalated
            where case_number = :caseNumber""")
                .param("level", entryLevel.name())
                .param("avoidable", avoidable)
                .param("rule", policyRule)
                .param("calendar", calendar)
                .param("escalated", entryLevel != Level.TIER1)
                .param("caseNumber", caseNumber)
                .update();
    }

    /** A stay at a level begins. */
    public void entered(String caseNumber, Level level, CaseEvent event, Instant at) {
        jdbc.sql("""
            insert into case_level_visit (case_number, opened_day, opened_week, channel, category,
              escalation_trigger, priority, customer_segment, level, entered_at, entered_event,
              partner)
            select f.case_number, f.opened_day, f.opened_week, f.channel, f.category,
                   f.escalation_trigger, f.priority, f.customer_segment, :level, :at, :event,
                   e.partner
            from case_fact f join escalation_case e on e.case_number = f.case_number
            where f.case_number = :caseNumber""")
                .param("level", level.name())
                .param("at", Timestamp.from(at))
                .param("event", event.name())
                .param("caseNumber", caseNumber)
                .update();
    }

    /** The stay at the case's level ends; a move to another level is a transfer. */
    public void left(String caseNumber, Transition move, String actor, Instant at) {
        jdbc.sql("update case_level_visit set left_at = :at, left_event = :event, left_by = :actor " + "where "
                        + OPEN_VISIT)
                .param("at", Timestamp.from(at))
                .param("event", move.event().name())
                .param("actor", actor)
                .param("caseNumber", caseNumber)
                .update();
        if (move.to() != move.from() && move.to() != Level.CLOSED) {
            jdbc.sql("update case_fact set transfers = transfers + 1, escalated = true " + "where case_number = ?")
                    .param(caseNumber)
                    .update();
        }
    }

    /**
     * The case closed; a resolution counts its time to resolve, in elapsed and in business time
     * without the time it waited for the customer.
     *
     * @param resolution none unless {@code event} is RESOLVED
     */
    public void closed(String caseNumber, CaseEvent event, Level level, ResolutionCode resolution, Instant at) {
        jdbc.sql("select opened_at, sla_calendar, paused_business_seconds from case_fact " + "where case_number = ?")
                .param(caseNumber)
                .query((row, n) -> new Stay(
                        row.getTimestamp("opened_at").toInstant(),
                        calendarNamed(row.getString("sla_calendar")),
                        row.getLong("paused_business_seconds")))
                .optional()
                .ifPresent(stay -> {
                    boolean resolved = event == CaseEvent.RESOLVED;
                    jdbc.sql("""
                  update case_fact set closed_at = :at, closed_event = :event, sla_due_at = null,
                    resolved_level = :level, resolution_code = :resolution,
                    resolve_elapsed_seconds = :elapsed, resolve_business_seconds = :business
                  where case_number = :caseNumber""")
                            .param("at", Timestamp.from(at))
                            .param("event", event.name())
                            .param("level", resolved ? level.name() : null)
                            .param("resolution", resolution == null ? null : resolution.name())
                            .param("elapsed", resolved ? stay.elapsedUntil(at) : null)
                            .param("business", resolved ? stay.businessUntil(at) : null)
                            .param("caseNumber", caseNumber)
                            .update();
                });
    }

    /** The first claim or completion of the level's task: the first response, by whom. */
    public void firstResponse(String caseNumber, String agent, Instant at) {
        jdbc.sql("""
            select v.id, v.entered_at, f.sla_calendar
            from case_level_visit v join case_fact f on f.case_number = v.case_number
            where v.case_number = ? and v.left_at is null and v.first_response_at is null""")
                .param(caseNumber)
                .query((row, n) -> Map.entry(
                        row.getLong("id"),
                        new Stay(
                                row.getTimestamp("entered_at").toInstant(),
                                calendarNamed(row.getString("sla_calendar")),
                                0)))
                .optional()
                .ifPresent(visit -> jdbc.sql("""
                update case_level_visit set first_response_at = :at, held_by = :agent,
                  first_response_elapsed_seconds = :elapsed,
                  first_response_business_seconds = :business
                where id = :id""")
                        .param("at", Timestamp.from(at))
                        .param("agent", agent)
                        .param("elapsed", visit.getValue().elapsedUntil(at))
                        .param("business", visit.getValue().businessUntil(at))
                        .param("id", visit.getKey())
                        .update());
    }

    public void warned(String caseNumber) {
        markOpenVisit(caseNumber, "warned");
    }

    public void firstResponseMissed(String caseNumber) {
        markOpenVisit(caseNumber, "first_response_missed");
    }

    /** The level's SLA ran out; the move that follows ends the stay. */
    public void breached(String caseNumber) {
        markOpenVisit(caseNumber, "breached");
        jdbc.sql("update case_fact set breaches = breaches + 1 where case_number = ?")
                .param(caseNumber)
                .update();
    }

    /** Business time the case waited for the customer: it counts against no SLA. */
    public void paused(String caseNumber, Duration paused) {
        jdbc.sql("update case_level_visit set paused_business_seconds = paused_business_seconds " + "+ :seconds where "
                        + OPEN_VISIT)
                .param("seconds", paused.toSeconds())
                .param("caseNumber", caseNumber)
                .update();
        jdbc.sql("update case_fact set paused_business_seconds = paused_business_seconds + ? "
                        + "where case_number = ?")
                .params(paused.toSeconds(), caseNumber)
                .update();
    }

    /** When the current level's SLA runs out; none while the clock stands still. */
    public void slaDue(String caseNumber, Instant dueAt) {
        jdbc.sql("update case_fact set sla_due_at = ? where case_number = ?")
                .params(dueAt == null ? null : Timestamp.from(dueAt), caseNumber)
                .update();
    }

    private void markOpenVisit(String caseNumber, String flag) {
        jdbc.sql("update case_level_visit set " + flag + " = true where " + OPEN_VISIT)
                .param("caseNumber", caseNumber)
                .update();
    }

    /** The closed case gets its first follow-up: how long after closing the customer came back. */
    private void followedUp(String closedCaseNumber, Instant at) {
        jdbc.sql("select closed_at from case_fact where case_number = ? and closed_at is not null "
                        + "and followed_up_after_seconds is null")
                .param(closedCaseNumber)
                .query(Timestamp.class)
                .optional()
                .ifPresent(closedAt -> jdbc.sql(
                                "update case_fact set followed_up_after_seconds = ? where case_number = ?")
                        .params(Duration.between(closedAt.toInstant(), at).toSeconds(), closedCaseNumber)
                        .update());
    }

    /** Since when a case or a stay lasts, in which calendar, and how long it waited meanwhile. */
    private record Stay(Instant since, SlaCalendar calendar, long pausedSeconds) {

        long elapsedUntil(Instant at) {
            return Duration.between(since, at).toSeconds();
        }

        long businessUntil(Instant at) {
            return Math.max(calendar.between(since, at).toSeconds() - pausedSeconds, 0);
        }
    }

    /** A case placed at a level by an operator has no calendar from the policy: it runs 24/7. */
    private SlaCalendar calendarNamed(String name) {
        return name == null ? SlaCalendar.always() : calendars.named(name);
    }
}
