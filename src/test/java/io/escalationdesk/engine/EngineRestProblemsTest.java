package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A completion through /engine-rest that cannot be made is a problem document naming why, not
 * Camunda's 500. The race itself (two completions at the same moment) is R6 of the fault suite.
 */
@EscalationDeskTest
@Tag("database")
class EngineRestProblemsTest {

  private static final ObjectMapper json = new ObjectMapper();
  private static final String RESOLVE = """
      {"variables": {"outcome": {"value": "RESOLVED"}, "reason": {"value": "Refund booked"},
       "resolutionCode": {"value": "ANSWERED"},
       "resolutionSummary": {"value": "We booked the refund."}}}""";

  @Autowired ApiClient api;
  @Autowired EngineCases cases;
  @Autowired TaskService tasks;

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
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  private HttpResponse<String> complete(String user, String taskId, String body) throws Exception {
    return api.post(user, "/engine-rest/task/" + taskId + "/complete", body);
  }

  /** The problem's detail, which Tasklist shows as the message. */
  private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(
      HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("message")).isEqualTo(problem.get("detail"));
    return assertThat(problem.get("detail").asText());
  }
}
