package io.escalationdesk.engine;

import static io.escalationdesk.engine.process.SurveyFollowUpProcess.TASK_REVIEW_DISSATISFIED_CUSTOMER;
import static io.escalationdesk.engine.process.SurveyFollowUpProcess.Variables.*;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.SurveyFollowUpProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.feedback.SurveyAnswer;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of SurveyFollowUp.bpmn, started as the survey starts it: a satisfied customer ends
 * it at once; a low score or a concern not resolved waits for the supervisors' review, whose
 * outcome lands on the case's timeline.
 */
@EscalationDeskTest
@Tag("database")
class SurveyFollowUpProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identity;

    @Autowired
    EngineCases cases;

    @Autowired
    Surveys surveys;

    @Autowired
    TimelineReader timeline;

    @Autowired
    HistoryService history;

    @BeforeEach
    void useSpringsEngine() {
        init(engine);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aSatisfiedCustomerNeedsNoReview() {
        String caseNumber = resolvedCase();

        surveys.answerForCase(caseNumber, new SurveyAnswer(4, true, "Quick and friendly"), "survey-tool");

        Assertions.assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(followUpOf(caseNumber))
                        .list())
                .extracting(activity -> activity.getActivityId())
                .containsExactlyInAnyOrder(
                        "StartEvent_SurveyAnswered", "Gateway_CustomerDissatisfied", "EndEvent_CustomerSatisfied");
        Assertions.assertThat(taskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
    }

    @Test
    void aLowScoreGoesToTheSupervisorsWithTheAnswerAndTheCasesPath() {
        String caseNumber = resolvedCase();

        surveys.answerForCase(caseNumber, new SurveyAnswer(2, true, "Took three calls"), "survey-tool");

        ProcessInstance followUp = runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SurveyFollowUpProcess.PROCESS_KEY)
                .singleResult();
        assertThat(followUp).isWaitingAt(TASK_REVIEW_DISSATISFIED_CUSTOMER);
        assertThat(task(followUp)).hasCandidateGroup("supervisors");
        assertThat(followUp)
                .variables()
                .containsEntry(CASE_NUMBER, caseNumber)
                .containsEntry(CUSTOMER_NAME, "Jane Doe")
                .containsEntry(SATISFACTION, 2)
                .containsEntry(CONCERN_RESOLVED, true)
                .containsEntry(COMMENT, "Took three calls")
                .containsEntry(CASE_PATH, "Tier 1 → Tier 2");
    }

    @Test
    void aConcernNotResolvedGoesToTheSupervisorsWhateverTheScore() {
        String caseNumber = resolvedCase();

        surveys.answerForCase(caseNumber, new SurveyAnswer(5, false, null), "survey-tool");

        assertThat(followUp(caseNumber)).isWaitingAt(TASK_REVIEW_DISSATISFIED_CUSTOMER);
    }

    @Test
    void theSupervisorsReviewIsOnTheCasesTimeline() {
        String caseNumber = resolvedCase();
        surveys.answerForCase(caseNumber, new SurveyAnswer(1, false, "Still broken"), "survey-tool");
        ProcessInstance followUp = followUp(caseNumber);

        String taskId = task(followUp).getId();
        identity.setAuthentication("supervisor", List.of("supervisors"));
        taskService().claim(taskId, "supervisor");
        taskService()
                .complete(
                        taskId,
                        Map.of(
                                REVIEW_OUTCOME,
                                "CALLED_BACK",
                                REVIEW_NOTE,
                                "Apologised; a technician visits on Monday"));
        identity.clearAuthentication();

        assertThat(followUp)
                .hasPassed("ServiceTask_RecordReview", "EndEvent_DissatisfiedCustomerReviewed")
                .isEnded();
        List<StatusUpdate> updates = timeline.of(caseNumber);
        Assertions.assertThat(updates.subList(updates.size() - 2, updates.size()))
                .extracting(StatusUpdate::event, StatusUpdate::actor, StatusUpdate::reason)
                .containsExactly(
                        tuple(
                                CaseEvent.SURVEY_ANSWERED,
                                "customer",
                                "Satisfaction 1 of 5; concern resolved: no; \"Still broken\"; a supervisor "
                                        + "reviews it"),
                        tuple(
                                CaseEvent.SURVEY_REVIEWED,
                                "supervisor",
                                "Called the customer back: Apologised; a technician visits on Monday"));
    }

    @Test
    void aReviewWithoutItsOutcomeIsRefused() {
        String caseNumber = resolvedCase();
        surveys.answerForCase(caseNumber, new SurveyAnswer(2, true, null), "survey-tool");
        ProcessInstance followUp = followUp(caseNumber);

        Assertions.assertThatThrownBy(() -> complete(task(followUp), Map.of(REVIEW_NOTE, "Done")))
                .isInstanceOf(NotValidException.class)
                .hasMessageContaining(REVIEW_OUTCOME);
        assertThat(followUp).isWaitingAt(TASK_REVIEW_DISSATISFIED_CUSTOMER);
    }

    /** Escalated to Tier 2 and resolved there. */
    private String resolvedCase() {
        String caseNumber = cases.openAtTier1("SURVEY", Map.of());
        cases.tier1Decides(caseNumber, "ESCALATE", Map.of("reason", "Needs a specialist"));
        String taskId = taskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        identity.setAuthentication("tier2-agent", List.of("tier2"));
        try {
            taskService()
                    .complete(
                            taskId,
                            Map.of(
                                    "outcome",
                                    "RESOLVED",
                                    "resolutionCode",
                                    "ANSWERED",
                                    "reason",
                                    "Explained the charge",
                                    "resolutionSummary",
                                    "We explained the charge."));
        } finally {
            identity.clearAuthentication();
        }
        return caseNumber;
    }

    private ProcessInstance followUp(String caseNumber) {
        return runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SurveyFollowUpProcess.PROCESS_KEY)
                .singleResult();
    }

    private String followUpOf(String caseNumber) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SurveyFollowUpProcess.PROCESS_KEY)
                .singleResult()
                .getId();
    }
}
