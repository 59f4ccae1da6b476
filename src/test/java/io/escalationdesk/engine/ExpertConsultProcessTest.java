package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.ExpertConsultProcess.*;
import static io.escalationdesk.engine.process.ExpertConsultProcess.Variables.*;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of ExpertConsult.bpmn, asked as Tasklist asks: Tier 1 completes its task with "Ask
 * an expert". The expert answers; or the consult SLA warns and then closes the question; or the
 * case closes and withdraws it. The consult timers are run explicitly.
 */
@EscalationDeskTest
@Tag("database")
class ExpertConsultProcessTest {

    private static final String QUESTION_TEXT = "Was the October refund booked?";

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identity;

    @Autowired
    EngineCases cases;

    @Autowired
    TimelineReader timeline;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void useSpringsEngine() {
        init(engine);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void theExpertAnswersAndTheAskingAgentReadsItInTheCasesForm() {
        String caseNumber = askTier2();
        ProcessInstance consult = consultOf(caseNumber);
        assertThat(consult)
                .isWaitingAt(TASK_ANSWER_COLLEAGUES_QUESTION)
                .variables()
                .containsEntry(CASE_NUMBER, caseNumber)
                .containsEntry(ASKED_BY, "tier1-agent (Tier 1)")
                .containsEntry(CUSTOMER_NAME, "Jane Doe")
                .containsEntry(CONCERN, "Billing, priority Normal, escalated because of: Resolution delayed")
                .containsEntry(QUESTION, QUESTION_TEXT)
                .containsEntry(CONSULT_SLA, "PT15M");
        assertThat(task(consult)).hasCandidateGroup("tier2");

        String taskId = task(consult).getId();
        identity.setAuthentication("tier2-agent", List.of("tier2"));
        taskService().claim(taskId, "tier2-agent");
        taskService().complete(taskId, Map.of(ANSWER, "Yes, on 3 November; it shows next week"));
        identity.clearAuthentication();

        assertThat(consult)
                .hasPassed("ServiceTask_RecordAnswer", "EndEvent_QuestionAnswered")
                .isEnded();
        Assertions.assertThat(last(caseNumber))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.CONSULT_ANSWERED,
                        "tier2-agent",
                        "Tier 2 agents answered \"" + QUESTION_TEXT + "\": Yes, on 3 November; it shows next week");
        Assertions.assertThat(consultAnswersOf(caseNumber))
                .isEqualTo("Tier 2 agents, asked by "
                        + "tier1-agent: " + QUESTION_TEXT + " Answer by tier2-agent: Yes, on 3 November; it shows "
                        + "next week");

        cases.tier1Decides(
                caseNumber, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "reason", "Refund is on its way"));
        Assertions.assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .doesNotContain(CaseEvent.CONSULT_CANCELLED);
    }

    @Test
    void aQuestionNobodyAnswersWarnsThenClosesAndTheAgentIsTold() {
        String caseNumber = askTier2();
        ProcessInstance consult = consultOf(caseNumber);

        execute(job(TIMER_CONSULT_WARNING, consult));
        Assertions.assertThat(last(caseNumber).event()).isEqualTo(CaseEvent.CONSULT_WARNING);
        Assertions.assertThat(last(caseNumber).reason()).startsWith("Tier 2 agents has not answered yet");
        assertThat(consult).isWaitingAt(TASK_ANSWER_COLLEAGUES_QUESTION);

        execute(job(TIMER_CONSULT_SLA_BREACHED, consult));

        assertThat(consult)
                .hasPassed(
                        "ServiceTask_RecordConsultWarning",
                        "EndEvent_ExpertsWarned",
                        "ServiceTask_CloseUnansweredQuestion",
                        "EndEvent_QuestionUnanswered")
                .isEnded();
        Assertions.assertThat(last(caseNumber))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        CaseEvent.CONSULT_TIMED_OUT,
                        "system",
                        "Tier 2 agents did not answer " + "within the consult SLA of 15 min; the question is closed");
        Assertions.assertThat(consultAnswersOf(caseNumber)).endsWith("(no answer within the consult SLA)");
    }

    @Test
    void openQuestionsAreWithdrawnWhenTheCaseCloses() {
        String caseNumber = askTier2();
        cases.tier1Decides(
                caseNumber,
                "ASK_EXPERT",
                Map.of("expertGroup", "BILLING", "question", "Can we waive the reminder fee?"));
        Assertions.assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(PROCESS_KEY)
                        .count())
                .isEqualTo(2);

        cases.tier1Decides(caseNumber, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "reason", "Solved it myself"));

        Assertions.assertThat(runtimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(PROCESS_KEY)
                        .count())
                .isZero();
        Assertions.assertThat(timeline.of(caseNumber))
                .filteredOn(update -> update.event() == CaseEvent.CONSULT_CANCELLED)
                .extracting(StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        tuple("system", "The case closed; the question to Tier 2 agents is withdrawn"),
                        tuple("system", "The case closed; the question to Billing back office is withdrawn"));
        Assertions.assertThat(jdbc.sql("select ended_as from consult where case_number = ? order by id")
                        .param(caseNumber)
                        .query(String.class)
                        .list())
                .containsExactly("CANCELLED", "CANCELLED");
    }

    private String askTier2() {
        String caseNumber = cases.openAtTier1("CONSULT", Map.of());
        cases.tier1Decides(caseNumber, "ASK_EXPERT", Map.of("expertGroup", "TIER2", "question", QUESTION_TEXT));
        return caseNumber;
    }

    private ProcessInstance consultOf(String caseNumber) {
        return runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PROCESS_KEY)
                .singleResult();
    }

    private String consultAnswersOf(String caseNumber) {
        ProcessInstance escalation = runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .singleResult();
        return (String)
                runtimeService().getVariable(escalation.getId(), CustomerEscalationProcess.Variables.CONSULT_ANSWERS);
    }

    private StatusUpdate last(String caseNumber) {
        List<StatusUpdate> updates = timeline.of(caseNumber);
        return updates.get(updates.size() - 1);
    }
}
