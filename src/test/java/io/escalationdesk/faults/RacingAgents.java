package io.escalationdesk.faults;

import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * R6: two Tier 1 agents complete the same task at the same moment through {@code /engine-rest},
 * as Tasklist does. Exactly one completes it; the other is told 409 in problem+json; the case's
 * timeline has the resolution once.
 */
final class RacingAgents {

  private static final String SECOND_AGENT = "tier1-second";
  private static final String SECOND_PASSWORD = "Second-Agent-2026!";
  private static final String RESOLVE = """
      {"outcome": {"value": "RESOLVED"}, "reason": {"value": "Refund booked"},
       "resolutionCode": {"value": "ANSWERED"}}""";

  private final HttpClient http = HttpClient.newHttpClient();
  private final PackagedApp app;

  private RacingAgents(PackagedApp app) {
    this.app = app;
  }

  static Outcome run(PackagedApp app, Connection db, int races) throws Exception {
    return new RacingAgents(app).race(db, races);
  }

  private Outcome race(Connection db, int races) throws Exception {
    addSecondAgent();
    Map<String, Integer> answers = new TreeMap<>();
    int oneWinner = 0;
    int loserTold409 = 0;
    int resolvedOnce = 0;
    ExecutorService agents = Executors.newFixedThreadPool(2);
    try (PreparedStatement resolutions = db.prepareStatement("select count(*) from "
        + "case_status_update where case_number = ? and event = 'RESOLVED'")) {
      for (int i = 0; i < races; i++) {
        String caseNumber = Workload.openCase(http, app, 2_000_000L + i);
        String taskId = TasklistAgent.taskOf(http, app, caseNumber);
        CyclicBarrier together = new CyclicBarrier(2);
        Future<HttpResponse<String>> first =
            agents.submit(() -> complete(taskId, Workload.basic("tier1-agent"), together));
        Future<HttpResponse<String>> second =
            agents.submit(() -> complete(taskId, basicOfSecondAgent(), together));
        List<HttpResponse<String>> both = List.of(first.get(), second.get());
        both.forEach(answer -> answers.merge(FaultAnswers.describe(answer), 1, Integer::sum));
        List<HttpResponse<String>> won = both.stream().filter(a -> a.statusCode() == 204).toList();
        List<HttpResponse<String>> lost = new ArrayList<>(both);
        lost.removeAll(won);
        if (won.size() == 1) {
          oneWinner++;
          if (FaultAnswers.isProblem(lost.get(0), 409)) {
            loserTold409++;
          }
        }
        resolutions.setString(1, caseNumber);
        if (Workload.count(resolutions) == 1) {
          resolvedOnce++;
        }
      }
    } finally {
      agents.shutdownNow();
    }
    return new Outcome("R6 racing agents")
        .figure("/engine-rest/task/{id}/complete, %d races of two agents; answers: %s"
            .formatted(races, answers))
        .figure("one winner %d, loser told 409 problem+json %d, resolution on the timeline once %d"
            .formatted(oneWinner, loserTold409, resolvedOnce))
        .expect(oneWinner == races, "exactly one agent completes the task")
        .expect(loserTold409 == races, "the other is told 409 in problem+json")
        .expect(resolvedOnce == races, "the resolution is on the timeline once");
  }

  private HttpResponse<String> complete(String taskId, String credentials, CyclicBarrier together)
      throws Exception {
    HttpRequest request = TasklistAgent.completion(app, taskId, credentials, RESOLVE);
    together.await();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A second Tier 1 agent, as an administrator adds one in Admin. */
  private void addSecondAgent() throws IOException, InterruptedException {
    String admin = Workload.basic("admin");
    expectNoContent(HttpRequest.newBuilder(app.uri("/engine-rest/user/create"))
        .header("Authorization", admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"profile": {"id": "%s", "firstName": "Second", "lastName": "Agent",
             "email": "second.agent@example.com"}, "credentials": {"password": "%s"}}"""
            .formatted(SECOND_AGENT, SECOND_PASSWORD))).build());
    expectNoContent(HttpRequest.newBuilder(
            app.uri("/engine-rest/group/tier1/members/" + SECOND_AGENT))
        .header("Authorization", admin).PUT(HttpRequest.BodyPublishers.noBody()).build());
  }

  private void expectNoContent(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 204) {
      throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": "
          + answer.body());
    }
  }

  private static String basicOfSecondAgent() {
    return "Basic " + Base64.getEncoder().encodeToString(
        (SECOND_AGENT + ":" + SECOND_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
