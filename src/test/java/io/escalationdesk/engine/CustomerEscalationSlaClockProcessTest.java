package io.escalationdesk.engine;

import static io.escalationdesk.EngineTime.berlin;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.StatusUpdate;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SLA clock of CustomerEscalation.bpmn, in business time of the case's calendar (standard:
 * Berlin, Mon-Fri 8-18): a breach at each level, the calendars, the first response target, the
 * warning before the breach and a late breach.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationSlaClockProcessTest extends CustomerEscalationProcessTestSupport {

    @Test
    void tier1SlaBreachEscalatesToTier2() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);

        execute(job(TIMER_SLA_BREACHED));

        assertThat(escalation).hasPassed(TASK_RECORD_SLA_BREACH).isWaitingAt(TASK_NOTIFY_CUSTOMER);
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.SLA_BREACHED,
                        "system",
                        Level.TIER2,
                        "Tier 1 SLA of 4 h breached, 0 min late in business time; escalated to Tier 2");
    }

    @Test
    void tier2SlaBreachEscalatesToASupervisor() {
        assertBreachMoves(TASK_RESOLVE_ESCALATED_CASE, Level.TIER2, TASK_REVIEW_ESCALATED_CASE);
    }

    @Test
    void supervisorSlaBreachEscalatesToManagement() {
        assertBreachMoves(TASK_REVIEW_ESCALATED_CASE, Level.SUPERVISOR, TASK_DECIDE_ON_ESCALATED_CASE);
    }

    @Test
    void managementSlaBreachIsRecordedAndRequeuedWithManagement() {
        ProcessInstance escalation =
                assertBreachMoves(TASK_DECIDE_ON_ESCALATED_CASE, Level.MANAGEMENT, TASK_DECIDE_ON_ESCALATED_CASE);

        Assertions.assertThat(lastUpdateOf(escalation).reason())
                .isEqualTo("Management SLA of 10 h breached, 0 min late in business time; "
                        + "stays with Management with a new SLA");
    }

    @Test
    void billingSlaBreachEscalatesAboveTheLevelThatHandedItOff() {
        assertBreachMoves(TASK_RESOLVE_BILLING_ISSUE, Level.BILLING, TASK_RESOLVE_ESCALATED_CASE);
    }

    @Test
    void technicalSlaBreachEscalatesAboveTheLevelThatHandedItOff() {
        assertBreachMoves(TASK_RESOLVE_TECHNICAL_ISSUE, Level.TECHNICAL, TASK_REVIEW_ESCALATED_CASE, Level.TIER2);
    }

    /** The worked example in the README. */
    @Test
    void slaTimersCountTheBusinessHoursOfTheCasesCalendar() {
        EngineTime.setToBerlin("2026-12-24T17:30"); // Thursday; Friday is Christmas, then the weekend
        ProcessInstance escalation = start(caseData()); // policy rule Rule_DelayedCase: Tier 1 within PT1H
        execute(job());

        assertThat(escalation)
                .isWaitingAt(TASK_RESOLVE_CASE)
                .variables()
                .containsEntry(SLA_CALENDAR, "standard")
                .containsEntry(SLA_TARGET, "PT1H")
                .containsEntry(SLA_WARNING_AFTER, "PT45M")
                .containsEntry(SLA_DUE_AT, Date.from(berlin("2026-12-28T08:30")));
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-12-28T08:15"));
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-28T08:30"));

        EngineTime.setToBerlin("2026-12-28T08:30");
        execute(job(TIMER_SLA_BREACHED));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE); // Tier 2 within PT2H
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-12-28T10:00"));
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-28T10:30"));
    }

    @Test
    void urgentCasesRunAroundTheClock() {
        EngineTime.setToBerlin("2026-12-24T17:30"); // as in the README example
        ProcessInstance escalation = start(caseData(PRIORITY, "URGENT")); // Rule_UrgentOrHighDelayedCase: Tier 2, PT2H
        execute(job());

        assertThat(escalation)
                .isWaitingAt(TASK_RESOLVE_ESCALATED_CASE)
                .variables()
                .containsEntry(SLA_CALENDAR, "24x7");
        Assertions.assertThat(dueOf(TIMER_SLA_WARNING)).isEqualTo(berlin("2026-12-24T19:00"));
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-12-24T19:30"));
    }

    @Test
    void anAgentClaimingTheTaskInTimeMeetsTheFirstResponseTarget() {
        EngineTime.setToBerlin("2026-11-27T17:30");
        ProcessInstance escalation = start(caseData()); // policy rule Rule_DelayedCase: first response in PT15M
        execute(job());
        Assertions.assertThat(dueOf(TIMER_FIRST_RESPONSE_DUE)).isEqualTo(berlin("2026-11-27T17:45"));

        EngineTime.setToBerlin("2026-11-27T17:40");
        claim(task(), "tier1-agent");
        EngineTime.setToBerlin("2026-11-27T17:45");
        execute(job(TIMER_FIRST_RESPONSE_DUE));

        assertThat(escalation)
                .hasPassed(END_RESPONDED_IN_TIME)
                .hasNotPassed(TASK_RECORD_MISSED_FIRST_RESPONSE)
                .isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(escalation).variables().containsEntry(FIRST_RESPONSE_AT, Date.from(berlin("2026-11-27T17:40")));
    }

    @Test
    void nobodyTakingTheTaskInTimeIsAMissedFirstResponse() {
        EngineTime.setToBerlin("2026-11-27T17:50"); // 10 min of business time left this week
        ProcessInstance escalation = start(caseData());
        execute(job());
        Assertions.assertThat(dueOf(TIMER_FIRST_RESPONSE_DUE)).isEqualTo(berlin("2026-11-30T08:05"));

        EngineTime.setToBerlin("2026-11-30T08:05");
        execute(job(TIMER_FIRST_RESPONSE_DUE));

        assertThat(escalation)
                .hasPassed(
                        TASK_RECORD_MISSED_FIRST_RESPONSE,
                        TASK_NOTIFY_SUPERVISOR_OF_MISSED_FIRST_RESPONSE,
                        END_FIRST_RESPONSE_MISSED)
                .isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "FIRST_RESPONSE_MISSED:TIER1");
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.FIRST_RESPONSE_MISSED,
                        "system",
                        "No agent took the Tier 1 task within the first response target of 15 min "
                                + "(due 30 Nov 2026, 08:05 CET)");
    }

    @Test
    void aWarningBeforeTheBreachLeavesTheCaseAndItsDueTimeAsTheyAre() {
        EngineTime.setToBerlin("2026-11-27T17:30");
        ProcessInstance escalation = start(caseData());
        execute(job());

        EngineTime.setToBerlin("2026-11-30T08:15");
        execute(job(TIMER_SLA_WARNING));

        assertThat(escalation)
                .hasPassed(TASK_RECORD_SLA_WARNING, TASK_NOTIFY_SUPERVISOR, END_SUPERVISOR_WARNED)
                .isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-30T08:30"));
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.SLA_WARNING,
                        "system",
                        Level.TIER1,
                        "75% of the Tier 1 SLA of 1 h used; 15 min of business time left until "
                                + "30 Nov 2026, 08:30 CET");
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "SLA_WARNING:TIER1");
    }

    @Test
    void aLateBreachRecordsHowLateInBusinessTimeAndTheNextLevelsClockStartsThen() {
        EngineTime.setToBerlin("2026-11-27T17:30");
        ProcessInstance escalation = start(caseData());
        execute(job());

        EngineTime.setToBerlin("2026-11-30T10:00"); // no node ran the timer at 08:30
        execute(job(TIMER_SLA_BREACHED));
        execute(job());

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        Assertions.assertThat(lastUpdateOf(escalation).reason())
                .isEqualTo("Tier 1 SLA of 1 h breached, 1 h 30 min late in business time; escalated to Tier 2");
        Assertions.assertThat(dueOf(TIMER_SLA_BREACHED)).isEqualTo(berlin("2026-11-30T12:00"));
    }

    private ProcessInstance assertBreachMoves(String taskId, Level level, String nextTaskId) {
        return assertBreachMoves(taskId, level, nextTaskId, Level.TIER1);
    }

    private ProcessInstance assertBreachMoves(String taskId, Level level, String nextTaskId, Level handOffLevel) {
        ProcessInstance escalation = startAt(taskId, level, handOffLevel);
        assertThat(escalation).isWaitingAt(taskId);

        execute(job(TIMER_SLA_BREACHED));
        execute(job());

        assertThat(escalation).isWaitingAt(nextTaskId);
        Assertions.assertThat(lastUpdateOf(escalation).event()).isEqualTo(CaseEvent.SLA_BREACHED);
        Assertions.assertThat(lastUpdateOf(escalation).fromLevel()).isEqualTo(level);
        return escalation;
    }
}
