package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.TIMER_SLA_BREACHED;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.TIMER_SLA_WARNING;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import io.escalationdesk.escalation.Level;
import io.escalationdesk.move.CaseFacts;
import io.escalationdesk.sla.SlaCalendar;
import io.escalationdesk.sla.SlaCalendars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * A case's SLA clock, in business time of its calendar: started at every transition, stopped
 * while the case waits for the customer and resumed with the business time that was left. The
 * timers of "Work on the case" are the clock's hands; pausing suspends them, resuming moves their
 * due dates. The due and follow-up dates of the case's open tasks follow ({@link TaskDeadlines}).
 */
@Component
class SlaClock {

    private final SlaCalendars calendars;
    private final CaseFacts facts;
    private final Clock clock;
    private final TaskDeadlines taskDeadlines;

    SlaClock(SlaCalendars calendars, CaseFacts facts, Clock clock, TaskDeadlines taskDeadlines) {
        this.calendars = calendars;
        this.facts = facts;
        this.clock = clock;
        this.taskDeadlines = taskDeadlines;
    }

    SlaCalendar calendarOf(VariableScope variables) {
        return calendars.named(VariableReads.string(variables, SLA_CALENDAR));
    }

    /** A time as agents read it: local to the case's calendar. */
    ZonedDateTime local(VariableScope variables, Instant instant) {
        return instant.atZone(calendarOf(variables).zone());
    }

    Instant dueAt(VariableScope variables) {
        return VariableReads.instant(variables, SLA_DUE_AT);
    }

    /** Business time until the current level's SLA runs out; zero once it has. */
    Duration left(VariableScope variables) {
        return calendarOf(variables).between(clock.instant(), dueAt(variables));
    }

    /** Business time since the current level's SLA ran out; zero while it runs. */
    Duration lateBy(VariableScope variables) {
        return calendarOf(variables).between(dueAt(variables), clock.instant());
    }

    /**
     * The targets of the level the case moved to, first response and resolution: the timers read
     * them, people see the due times.
     */
    void start(DelegateExecution execution, Level level, Instant now) {
        if (execution.getVariable(SLA_CALENDAR) == null) {
            // a case placed at a level without the policy (an operator's start-before) runs 24/7
            execution.setVariable(SLA_CALENDAR, SlaCalendar.ALWAYS_NAME);
        }
        Duration target = VariableReads.slaOf(execution, level);
        execution.setVariable(SLA_TARGET, target.toString());
        Duration warningAfter = Duration.ofSeconds(Math.round(target.toSeconds() * calendars.warningShare()));
        execution.setVariable(SLA_WARNING_AFTER, warningAfter.toString());
        Instant due = calendarOf(execution).plus(now, target);
        execution.setVariable(SLA_DUE_AT, Date.from(due));
        execution.setVariable(SLA_WARNING_AT, Date.from(calendarOf(execution).plus(now, warningAfter)));
        facts.slaDue(execution.getProcessBusinessKey(), due);
        // a case placed at a level without the policy answers within its resolution target
        String firstResponse = VariableReads.string(execution, FIRST_RESPONSE_SLA);
        Duration firstResponseTarget = firstResponse == null ? target : Duration.parse(firstResponse);
        execution.setVariable(FIRST_RESPONSE_TARGET, firstResponseTarget.toString());
        execution.setVariable(
                FIRST_RESPONSE_DUE_AT, Date.from(calendarOf(execution).plus(now, firstResponseTarget)));
        execution.setVariable(FIRST_RESPONSE_AT, null);
        taskDeadlines.follow(execution);
    }

    /**
     * Stops the clock until the customer replies and sets the reply deadline.
     *
     * @return the business time left until the due time
     */
    Duration pause(DelegateExecution execution) {
        Instant now = clock.instant();
        SlaCalendar calendar = calendarOf(execution);
        timersOf(execution).forEach(timer -> management(execution).suspendJobById(timer.getId()));
        execution.setVariable(SLA_PAUSED_AT, Date.from(now));
        execution.setVariable(REPLY_REMINDER_AFTER, calendars.remindAfter().toString());
        execution.setVariable(
                REPLY_DUE_AT,
                Date.from(calendar.plus(now, calendars.remindAfter().plus(calendars.closeAfterReminder()))));
        facts.slaDue(execution.getProcessBusinessKey(), null); // nothing runs out while we wait
        taskDeadlines.follow(execution);
        return calendar.between(now, dueAt(execution));
    }

    /**
     * Runs the clock on: each timer keeps the business time it had left when the clock stopped.
     *
     * @return the business time the clock stood still
     */
    Duration resume(DelegateExecution execution) {
        Instant now = clock.instant();
        SlaCalendar calendar = calendarOf(execution);
        Instant pausedAt = VariableReads.instant(execution, SLA_PAUSED_AT);
        for (Job timer : timersOf(execution)) {
            Instant due = calendar.plus(
                    now, calendar.between(pausedAt, timer.getDuedate().toInstant()));
            management(execution).setJobDuedate(timer.getId(), Date.from(due));
            // activated on the entity the due date changed: a bulk activation would conflict with it
            ((JobEntity) timer).setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
        Instant due = calendar.plus(now, calendar.between(pausedAt, dueAt(execution)));
        execution.setVariable(SLA_DUE_AT, Date.from(due));
        Instant warning = VariableReads.instant(execution, SLA_WARNING_AT);
        if (warning != null && warning.isAfter(pausedAt)) {
            // like the warning timer: moved by the pause, unless it had fired before it
            execution.setVariable(SLA_WARNING_AT, Date.from(calendar.plus(now, calendar.between(pausedAt, warning))));
        }
        facts.slaDue(execution.getProcessBusinessKey(), due);
        Duration paused = calendar.between(pausedAt, now);
        execution.setVariable(
                SLA_PAUSED_TOTAL, pausedTotal(execution).plus(paused).toString());
        execution.removeVariable(SLA_PAUSED_AT);
        execution.removeVariable(REPLY_DUE_AT);
        taskDeadlines.follow(execution);
        return paused;
    }

    private static Duration pausedTotal(VariableScope variables) {
        String total = VariableReads.string(variables, SLA_PAUSED_TOTAL);
        return total == null ? Duration.ZERO : Duration.parse(total);
    }

    /** The warning (until it fired) and the breach timer of the case's current level. */
    private static List<Job> timersOf(DelegateExecution execution) {
        return Stream.of(TIMER_SLA_WARNING, TIMER_SLA_BREACHED)
                .flatMap(timer -> management(execution)
                        .createJobQuery()
                        .processInstanceId(execution.getProcessInstanceId())
                        .activityId(timer)
                        .list()
                        .stream())
                .toList();
    }

    private static ManagementService management(DelegateExecution execution) {
        return execution.getProcessEngineServices().getManagementService();
    }
}
