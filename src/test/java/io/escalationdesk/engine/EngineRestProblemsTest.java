package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A start or a completion through /engine-rest that cannot be made is a problem document naming
 * why, not Camunda's 500. The race itself (two completions at the same moment) is R6 of the fault
 * suite; Tasklist's start form, through the web apps' engine API, is CamundaWebappsBrowserTest.
 */
@EscalationDeskTest
@Tag("database")
class EngineRestProblemsTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final String RESOLVE = """
      {"variables": {"outcome": {"value": "RESOLVED"}, "reason": {"value": "Refund booked"},
       "resolutionCode": {"value": "ANSWERED"},
       "resolutionSummary": {"value": "We booked the refund."}}}""";

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStartWithoutAWayToReachTheCustomerIsRefusedInWordsAndStoresNothing() throws Exception {
        String customerId = "C-" + UUID.randomUUID();

        HttpResponse<String> refused = start("submit-form", customerId, "NORMAL", "");

        assertProblem(refused, 400)
                .isEqualTo("Email or phone: give at least one, so we can tell the customer how their case goes");
        assertThat(json.readTree(refused.body()).get("errors").findValuesAsText("field"))
                .containsExactly("customerEmail");
        assertThat(jdbc.sql("select count(*) from escalation_case where customer_id = ?")
                        .param(customerId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .variableValueEquals("customerId", customerId)
                        .count())
                .isZero();
    }

    @Test
    void aStartWithANumberNoPhoneHasIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> refused =
                start("start", "C-" + UUID.randomUUID(), "NORMAL", ", \"customerPhone\": {\"value\": \"+999 1234\"}");

        assertProblem(refused, 400).startsWith("Phone: must be a phone number with its country code");
    }

    @Test
    void theSecondCompletionOfATaskIsAConflictSayingItIsDone() throws Exception {
        String taskId = tier1Task();
        assertThat(complete("tier1-agent", taskId, RESOLVE).statusCode()).isEqualTo(204);

        HttpResponse<String> second = complete("supervisor", taskId, RESOLVE);

        assertProblem(second, 409).contains("Task " + taskId + " ended at ");
    }

    @Test
    void aTaskThatIsNotThereIsNotFound() throws Exception {
        assertProblem(complete("tier1-agent", "no-such-task", RESOLVE), 404).contains("no-such-task");
    }

    @Test
    void anOutcomeTheProcessRefusesIsABadRequestAndTheTaskStaysOpen() throws Exception {
        String taskId = tier1Task();

        HttpResponse<String> refused = complete("tier1-agent", taskId, """
        {"variables": {"outcome": {"value": "RESOLVED"}, "reason": {"value": "Done"}}}""");

        assertProblem(refused, 400).contains("resolutionCode");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void aLessonWithAnOutcomeThatTakesNoneIsABadRequestNamingTheField() throws Exception {
        String taskId = tier1Task();

        HttpResponse<String> refused = complete("tier1-agent", taskId, """
        {"variables": {"outcome": {"value": "ESCALATE"}, "reason": {"value": "Needs Tier 2"},
         "lesson": {"value": "A script for this would help"}, "lessonKind": {"value": "KNOWLEDGE_ARTICLE"}}}""");

        assertProblem(refused, 400).startsWith("lesson: ");
        assertThat(json.readTree(refused.body()).get("errors").findValuesAsText("field"))
                .containsExactly("lesson");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void anAgentWithoutTheRightToAnOpenTaskIsStillRefused() throws Exception {
        String taskId = tier1Task();

        HttpResponse<String> refused = complete("tier2-agent", taskId, RESOLVE);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void otherErrorsOfTheEngineRestApiStayCamundas() throws Exception {
        HttpResponse<String> unknown = api.get("tier1-agent", "/engine-rest/task/no-such-task");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    private String tier1Task() {
        String caseNumber = cases.openAtTier1("ESC-RACE", Map.of("category", "GENERAL"));
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
    }

    @Test
    void aStartWithACodeOffItsListIsRefusedNamingTheVariable() throws Exception {
        HttpResponse<String> refused = start(
                "start", "C-" + UUID.randomUUID(), "WHENEVER", ", \"customerEmail\": {\"value\": \"ann@example.com\"}");

        assertProblem(refused, 400).startsWith("priority: 'WHENEVER' is not one of");
    }

    /** @param more more variables, each after a comma */
    private HttpResponse<String> start(String how, String customerId, String priority, String more) throws Exception {
        return api.post(
                "tier1-agent",
                "/engine-rest/process-definition/key/" + CustomerEscalationProcess.PROCESS_KEY + "/" + how,
                """
        {"variables": {"customerId": {"value": "%s"}, "customerName": {"value": "Ann Example"},
         "channel": {"value": "PHONE"}, "category": {"value": "BILLING"},
         "priority": {"value": "%s"}, "trigger": {"value": "BILLING_DISPUTE"},
         "customerSegment": {"value": "STANDARD"}, "description": {"value": "Charged twice"}%s}}
        """.formatted(customerId, priority, more));
    }

    private HttpResponse<String> complete(String user, String taskId, String body) throws Exception {
        return api.post(user, "/engine-rest/task/" + taskId + "/complete", body);
    }

    /** The problem's detail, which Tasklist shows as the message. */
    private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(HttpResponse<String> response, int status)
            throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("message")).isEqualTo(problem.get("detail"));
        return assertThat(problem.get("detail").asText());
    }
}
