package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.timeline.StatusUpdate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The outcomes of a task at a level of CustomerEscalation.bpmn: resolve, escalate up the
 * ladder, the customer asking for a supervisor, a lesson for the team, and the outcomes refused.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationOutcomesProcessTest extends CustomerEscalationProcessTestSupport {

    @Test
    void generalCaseIsResolvedAtTier1() {
        ProcessInstance escalation = start(caseData());

        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertThat(task()).hasCandidateGroup("tier1");

        completeAs("tier1-agent", RESOLVED_OUTCOME);
        execute(job());

        assertThat(escalation).hasPassed(END_CASE_CLOSED).isEnded();
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level)
                .containsExactly(
                        tuple(CaseEvent.OPENED, "system", null),
                        tuple(CaseEvent.ROUTED, "system", Level.TIER1),
                        tuple(CaseEvent.RESOLVED, "tier1-agent", Level.CLOSED));
        Assertions.assertThat(lastUpdateOf(escalation).reason()).isEqualTo("Question answered: Explained the charge");
        Assertions.assertThat(outboxOf(escalation)).containsExactly("ROUTED:TIER1", "RESOLVED:CLOSED");
    }

    @Test
    void resolvingWithoutAResolutionCodeIsRefused() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs(
                        "tier1-agent", Map.of(OUTCOME, "RESOLVED", REASON, "Done", RESOLUTION_SUMMARY, "Done")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(RESOLUTION_CODE);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void aSummarySentWithAnotherOutcomeDoesNotResolveALaterTask() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "ESCALATE", REASON, "Needs Tier 2", RESOLUTION_SUMMARY, "Sent along by mistake"));
        execute(job());

        assertThatThrownBy(() -> completeAs(
                        "tier2-agent", Map.of(OUTCOME, "RESOLVED", RESOLUTION_CODE, "ANSWERED", REASON, "Done")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(RESOLUTION_SUMMARY);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
    }

    @Test
    void agentsEscalateUpTheLadderUntilManagementDecides() {
        ProcessInstance escalation = start(caseData());
        execute(job());

        completeAs("tier1-agent", escalate("Needs a refund above Tier 1 limits"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("tier2");

        completeAs("tier2-agent", escalate("Refund needs approval"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("supervisors");

        completeAs("supervisor", escalate("Goodwill beyond supervisor budget"));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_DECIDE_ON_ESCALATED_CASE);
        assertThat(task()).hasCandidateGroup("management");

        completeAs("manager", RESOLVED_OUTCOME);
        execute(job());

        assertThat(escalation).isEnded();
        Assertions.assertThat(timelineOf(escalation))
                .filteredOn(update -> update.event() == CaseEvent.ESCALATED)
                .extracting(StatusUpdate::actor, StatusUpdate::fromLevel, StatusUpdate::level, StatusUpdate::reason)
                .containsExactly(
                        tuple("tier1-agent", Level.TIER1, Level.TIER2, "Needs a refund above Tier 1 limits"),
                        tuple("tier2-agent", Level.TIER2, Level.SUPERVISOR, "Refund needs approval"),
                        tuple("supervisor", Level.SUPERVISOR, Level.MANAGEMENT, "Goodwill beyond supervisor budget"));
        Assertions.assertThat(outboxOf(escalation))
                .containsExactly(
                        "ROUTED:TIER1",
                        "ESCALATED:TIER2",
                        "ESCALATED:SUPERVISOR",
                        "ESCALATED:MANAGEMENT",
                        "RESOLVED:CLOSED");
    }

    @Test
    void escalatingWithoutAReasonIsRefusedAndTheTaskStays() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        String taskId = task().getId();

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "ESCALATE")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("reason");

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        Assertions.assertThat(task().getId()).isEqualTo(taskId);
    }

    @Test
    void managementCannotEscalateFurther() {
        startAt(TASK_DECIDE_ON_ESCALATED_CASE, Level.MANAGEMENT);

        assertThatThrownBy(() -> completeAs("manager", escalate("Board please")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("top level");
    }

    @Test
    void unknownOutcomeIsRefused() {
        startAt(TASK_RESOLVE_CASE, Level.TIER1);

        assertThatThrownBy(() -> completeAs("tier1-agent", Map.of(OUTCOME, "IGNORE")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining("outcome");
    }

    @Test
    void customerAskingForASupervisorAtTier1MovesTheCaseToASupervisor() {
        assertSupervisorRequestMoves(TASK_RESOLVE_CASE, Level.TIER1);
    }

    @Test
    void customerAskingForASupervisorAtTier2MovesTheCaseToASupervisor() {
        assertSupervisorRequestMoves(TASK_RESOLVE_ESCALATED_CASE, Level.TIER2);
    }

    @Test
    void customerAskingForASupervisorPastTier2IsOnlyRecorded() {
        ProcessInstance escalation = startAt(TASK_DECIDE_ON_ESCALATED_CASE, Level.MANAGEMENT);

        boolean escalated =
                messages.customerAskedForSupervisor(escalation.getBusinessKey(), "Still waiting", "supervisor");

        Assertions.assertThat(escalated).isFalse();
        assertThat(escalation).isWaitingAt(TASK_DECIDE_ON_ESCALATED_CASE);
    }

    @Test
    void aLessonForTheTeamComesWithAResolutionAndIsKeptWithTheCase() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        Map<String, Object> resolved = new HashMap<>(RESOLVED_OUTCOME);
        resolved.put(LESSON, "Tier 1 could refund up to 20 EUR and spare the customer a transfer");
        resolved.put(LESSON_KIND, "POLICY_CHANGE");

        completeAs("tier1-agent", resolved);

        Assertions.assertThat(jdbc.sql("select level, escalation_trigger, category, kind, noted_by, "
                                + "lesson, status from lesson where case_number = ?")
                        .param(escalation.getBusinessKey())
                        .query((row, n) -> String.join(
                                " | ",
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7)))
                        .list())
                .containsExactly("TIER1 | RESOLUTION_DELAYED | GENERAL | POLICY_CHANGE | tier1-agent | "
                        + "Tier 1 could refund up to 20 EUR and spare the customer a transfer | OPEN");
        Assertions.assertThat(timelineOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::level)
                .contains(tuple(CaseEvent.LESSON_NOTED, "tier1-agent", Level.TIER1));
    }

    @Test
    void aLessonWithAnOutcomeThatTakesNoneIsRefusedNamingTheField() {
        ProcessInstance escalation = start(caseData());
        execute(job());
        Map<String, Object> escalated = new HashMap<>(escalate("Needs a refund above Tier 1 limits"));
        escalated.put(LESSON, "Tier 1 could refund up to 20 EUR and spare the customer a transfer");
        escalated.put(LESSON_KIND, "POLICY_CHANGE");

        assertThatThrownBy(() -> completeAs("tier1-agent", escalated))
                .isInstanceOf(NotValidException.class)
                .hasMessageStartingWith(LESSON + ": ");
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    @Test
    void aLessonWithoutItsKindIsRefused() {
        ProcessInstance escalation = startAt(TASK_RESOLVE_CASE, Level.TIER1);
        Map<String, Object> resolved = new HashMap<>(RESOLVED_OUTCOME);
        resolved.put(LESSON, "A knowledge article on roaming charges would have helped");

        assertThatThrownBy(() -> completeAs("tier1-agent", resolved))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(LESSON_KIND);
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
    }

    private void assertSupervisorRequestMoves(String taskId, Level level) {
        ProcessInstance escalation = startAt(taskId, level);

        boolean escalated = messages.customerAskedForSupervisor(
                escalation.getBusinessKey(), "Called back, still charged twice", "tier1-agent");
        execute(job());

        Assertions.assertThat(escalated).isTrue();
        assertThat(escalation).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        Assertions.assertThat(lastUpdateOf(escalation))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::fromLevel, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.ESCALATED,
                        "tier1-agent",
                        level,
                        "Customer asked for a supervisor: Called back, still charged twice");
    }
}
