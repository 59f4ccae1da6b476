package io.escalationdesk.engine;

import static io.escalationdesk.EngineTime.berlin;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Elements.*;
import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineTime;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.ExpertConsultProcess;
import io.escalationdesk.engine.process.GoodwillApprovalProcess;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The case's tasks as an agent's queue lists them: named by the case, ranked by its priority, due
 * when the level's SLA is breached and followed up when the supervisor is warned, through a
 * pause of the SLA clock, its resumption and an escalation; and the tasks beside the case (the
 * call-back, a question to an expert, a goodwill approval) with their own deadlines or the case's.
 * Standard calendar: Berlin, Mon-Fri 8-18; the policy's Rule_DelayedCase gives Tier 1 one hour,
 * Tier 2 two, the supervisor's warning at 75 %.
 */
@EscalationDeskTest
@Tag("database")
class CustomerEscalationQueueProcessTest extends CustomerEscalationProcessTestSupport {

    @Test
    void theTasksDueAndFollowUpFollowTheSlaThroughAPauseAResumeAndAnEscalation() {
        EngineTime.setToBerlin("2026-11-27T17:00"); // Friday
        ProcessInstance escalation = start(caseData(PRIORITY, "LOW"));
        execute(job());
        String title = escalation.getBusinessKey() + " · General · J. Doe";

        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertQueueEntry(task(), title, 30, "2026-11-27T18:00", "2026-11-27T17:45");

        // the agent has the customer called: the clock stands still, the call-back is due by the
        // reply deadline, 40 business hours on
        EngineTime.setToBerlin("2026-11-27T17:20");
        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "INFORMATION_REQUESTED", REASON, "Send the invoice number", CALL_CUSTOMER, true));
        assertThat(escalation).isWaitingAt(TASK_CALL_CUSTOMER_BACK);
        assertQueueEntry(task(), title, 30, "2026-12-03T17:20", null);

        // reached on Monday: the 40 minutes left (25 until the warning) run from 09:00
        EngineTime.setToBerlin("2026-11-30T09:00");
        completeAs("outbound-agent", Map.of(CALL_OUTCOME, "REACHED", CALL_NOTE, "Invoice 4711"));
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_CASE);
        assertQueueEntry(task(), title, 30, "2026-11-30T09:40", "2026-11-30T09:25");
        Assertions.assertThat(task().getDueDate().toInstant()).isEqualTo(dueOf(TIMER_SLA_BREACHED));
        Assertions.assertThat(task().getFollowUpDate().toInstant()).isEqualTo(dueOf(TIMER_SLA_WARNING));

        // breached: Tier 2's task has Tier 2's two hours from the breach
        EngineTime.setToBerlin("2026-11-30T09:40");
        execute(job(TIMER_SLA_BREACHED));
        execute(job());
        assertThat(escalation).isWaitingAt(TASK_RESOLVE_ESCALATED_CASE);
        assertQueueEntry(task(), title, 30, "2026-11-30T11:40", "2026-11-30T11:10");
    }

    @Test
    void aVipsUrgentCaseIsNamedInItsLanguageAndRanksFirst() {
        EngineTime.setToBerlin("2026-11-27T17:00");
        ProcessInstance escalation = start(caseData(
                PRIORITY,
                "URGENT",
                CUSTOMER_SEGMENT,
                "VIP",
                CATEGORY,
                "BILLING",
                CUSTOMER_NAME,
                "Jürgen Müller",
                CUSTOMER_LANGUAGE,
                "DE"));
        execute(job());

        Assertions.assertThat(task().getName()).isEqualTo(escalation.getBusinessKey() + " · Rechnung · J. Müller");
        Assertions.assertThat(task().getPriority()).isEqualTo(100);
        Assertions.assertThat(task().getDueDate()).isEqualTo(runtime.getVariable(escalation.getId(), SLA_DUE_AT));
    }

    @Test
    void aGoodwillApprovalIsDueWithTheCaseAndFollowsItsClock() {
        EngineTime.setToBerlin("2026-11-27T17:00");
        ProcessInstance escalation = start(caseData(PRIORITY, "LOW"));
        execute(job());
        completeAs(
                "tier1-agent",
                Map.of(
                        OUTCOME, "GRANT_GOODWILL",
                        GOODWILL_KIND, "CREDIT",
                        GOODWILL_AMOUNT, 80.0,
                        GOODWILL_REASON, "Three failed repairs"));
        String title = escalation.getBusinessKey() + " · General · J. Doe";
        assertQueueEntry(approval(escalation), title, 30, "2026-11-27T18:00", "2026-11-27T17:45");

        EngineTime.setToBerlin("2026-11-27T17:20");
        completeAs("tier1-agent", Map.of(OUTCOME, "INFORMATION_REQUESTED", REASON, "Send the invoice number"));
        assertQueueEntry(approval(escalation), title, 30, "2026-12-03T17:20", null);

        EngineTime.setToBerlin("2026-11-30T09:00");
        messages.customerReplied(escalation.getBusinessKey(), "tier1-agent");
        assertQueueEntry(approval(escalation), title, 30, "2026-11-30T09:40", "2026-11-30T09:25");

        EngineTime.setToBerlin("2026-11-30T09:40");
        execute(job(TIMER_SLA_BREACHED));
        assertQueueEntry(approval(escalation), title, 30, "2026-11-30T11:40", "2026-11-30T11:10");
    }

    @Test
    void aQuestionToAnExpertIsDueByItsOwnConsultSla() {
        EngineTime.setToBerlin("2026-11-27T17:00");
        ProcessInstance escalation = start(caseData(PRIORITY, "LOW"));
        execute(job());
        completeAs(
                "tier1-agent",
                Map.of(OUTCOME, "ASK_EXPERT", EXPERT_GROUP, "TIER2", QUESTION, "Was the October refund booked?"));

        Task question = taskService()
                .createTaskQuery()
                .processInstanceBusinessKey(escalation.getBusinessKey())
                .processDefinitionKey(ExpertConsultProcess.PROCESS_KEY)
                .singleResult();
        Assertions.assertThat(question.getName()).startsWith(escalation.getBusinessKey() + " · General");
        Assertions.assertThat(question.getPriority()).isEqualTo(30);
        Assertions.assertThat(question.getDueDate().toInstant())
                .isEqualTo(dueOf(question, ExpertConsultProcess.TIMER_CONSULT_SLA_BREACHED));
        Assertions.assertThat(question.getFollowUpDate().toInstant())
                .isEqualTo(dueOf(question, ExpertConsultProcess.TIMER_CONSULT_WARNING));
    }

    private Task approval(ProcessInstance escalation) {
        return taskService()
                .createTaskQuery()
                .processInstanceBusinessKey(escalation.getBusinessKey())
                .processDefinitionKey(GoodwillApprovalProcess.PROCESS_KEY)
                .singleResult();
    }

    private static Instant dueOf(Task task, String timerId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(task.getProcessInstanceId())
                .activityId(timerId)
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private static void assertQueueEntry(Task task, String name, int priority, String due, String followUp) {
        Assertions.assertThat(task.getName()).isEqualTo(name);
        Assertions.assertThat(task.getPriority()).isEqualTo(priority);
        Assertions.assertThat(task.getDueDate().toInstant()).isEqualTo(berlin(due));
        if (followUp == null) {
            Assertions.assertThat(task.getFollowUpDate()).isNull();
        } else {
            Assertions.assertThat(task.getFollowUpDate().toInstant()).isEqualTo(berlin(followUp));
        }
    }
}
