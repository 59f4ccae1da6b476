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
 * timeline has the resolution once. Then through our API: one agent resolves the case while the
 * other records the customer's call asking for a supervisor. Exactly one of the two changes the
 * case; the other is told 409, or its contact is recorded without escalating.
 */
final class RacingAgents {

    private static final String SECOND_AGENT = "tier1-second";
    private static final String SECOND_PASSWORD = "Second-Agent-2026!";
    private static final String SUPERVISOR_ASKED = """
      {"channel": "PHONE", "note": "Calls again, wants a supervisor", "askedForSupervisor": true}""";
    private static final String RESOLVE = """
      {"outcome": {"value": "RESOLVED"}, "reason": {"value": "Refund booked"},
       "resolutionCode": {"value": "ANSWERED"},
       "resolutionSummary": {"value": "We booked the refund."}}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final PackagedApp app;

    private RacingAgents(PackagedApp app) {
        this.app = app;
    }

    static Outcome run(PackagedApp app, Connection db, int races) throws Exception {
        RacingAgents racing = new RacingAgents(app);
        racing.addSecondAgent();
        return racing.race(db, races).and(racing.raceContact(db, races));
    }

    private Outcome race(Connection db, int races) throws Exception {
        Map<String, Integer> answers = new TreeMap<>();
        int oneWinner = 0;
        int loserTold409 = 0;
        int resolvedOnce = 0;
        ExecutorService agents = Executors.newFixedThreadPool(2);
        try (PreparedStatement resolutions = db.prepareStatement(
                "select count(*) from " + "case_status_update where case_number = ? and event = 'RESOLVED'")) {
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
                List<HttpResponse<String>> won =
                        both.stream().filter(a -> a.statusCode() == 204).toList();
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

    private Outcome raceContact(Connection db, int races) throws Exception {
        Map<String, Integer> answers = new TreeMap<>();
        int oneChange = 0;
        int otherTold409OrRecorded = 0;
        int timelineMatches = 0;
        ExecutorService agents = Executors.newFixedThreadPool(2);
        try (PreparedStatement events = db.prepareStatement(
                "select count(*) from " + "case_status_update where case_number = ? and event = ?")) {
            for (int i = 0; i < races; i++) {
                String caseNumber = Workload.openCase(http, app, 3_000_000L + i);
                String taskId = TasklistAgent.taskOf(http, app, caseNumber);
                long escalatedBefore = count(events, caseNumber, "ESCALATED");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<HttpResponse<String>> resolution =
                        agents.submit(() -> complete(taskId, Workload.basic("tier1-agent"), together));
                Future<HttpResponse<String>> contact = agents.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(app.uri("/api/cases/" + caseNumber + "/contacts"))
                            .header("Authorization", basicOfSecondAgent())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(SUPERVISOR_ASKED))
                            .build();
                    together.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                });
                HttpResponse<String> resolved = resolution.get();
                HttpResponse<String> contacted = contact.get();
                answers.merge("completion " + FaultAnswers.describe(resolved), 1, Integer::sum);
                answers.merge("contact " + FaultAnswers.describe(contacted), 1, Integer::sum);
                boolean resolvedIt = resolved.statusCode() == 204;
                boolean escalatedIt =
                        contacted.statusCode() == 200 && contacted.body().contains("\"escalated\":true");
                if (resolvedIt != escalatedIt) {
                    oneChange++;
                    HttpResponse<String> other = resolvedIt ? contacted : resolved;
                    // a contact after the resolution is recorded (on a closed case as a follow-up, 201)
                    if (FaultAnswers.isProblem(other, 409) || other == contacted && contacted.statusCode() / 100 == 2) {
                        otherTold409OrRecorded++;
                    }
                }
                long resolutions = count(events, caseNumber, "RESOLVED");
                long escalations = count(events, caseNumber, "ESCALATED") - escalatedBefore;
                if (resolutions == (resolvedIt ? 1 : 0) && escalations == (escalatedIt ? 1 : 0)) {
                    timelineMatches++;
                }
            }
        } finally {
            agents.shutdownNow();
        }
        return new Outcome("R6 racing agents")
                .figure(("/api/cases/{n}/contacts asking for a supervisor against the resolution, %d races;"
                                + " answers: %s")
                        .formatted(races, answers))
                .figure(("one change %d, the other told 409 problem+json or recorded without escalating %d,"
                                + " timeline as answered %d")
                        .formatted(oneChange, otherTold409OrRecorded, timelineMatches))
                .expect(oneChange == races, "exactly one of them changes the case")
                .expect(
                        otherTold409OrRecorded == races,
                        "the other is told 409 in problem+json, or its contact is recorded without escalating")
                .expect(timelineMatches == races, "the timeline has what the answers said, once");
    }

    private static long count(PreparedStatement events, String caseNumber, String event) throws Exception {
        events.setString(1, caseNumber);
        events.setString(2, event);
        return Workload.count(events);
    }

    private HttpResponse<String> complete(String taskId, String credentials, CyclicBarrier together) throws Exception {
        HttpRequest request = TasklistAgent.completion(app, taskId, credentials, RESOLVE);
        together.await();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A second Tier 1 agent, as an administrator adds one in Admin. */
    private void addSecondAgent() throws IOException, InterruptedException {
        String admin = Workload.basic("admin");
        expectNoContent(HttpRequest.newBuilder(app.uri("/engine-rest/user/create"))
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
            {"profile": {"id": "%s", "firstName": "Second", "lastName": "Agent",
             "email": "second.agent@example.com"}, "credentials": {"password": "%s"}}""".formatted(SECOND_AGENT, SECOND_PASSWORD)))
                .build());
        expectNoContent(HttpRequest.newBuilder(app.uri("/engine-rest/group/tier1/members/" + SECOND_AGENT))
                .header("Authorization", admin)
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private void expectNoContent(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String basicOfSecondAgent() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((SECOND_AGENT + ":" + SECOND_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
