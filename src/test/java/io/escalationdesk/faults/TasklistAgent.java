package io.escalationdesk.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What an agent does in Tasklist, through {@code /engine-rest}: find a case's task, complete it. */
final class TasklistAgent {

    private static final Duration TASK_LIMIT = Duration.ofMinutes(1);
    private static final ObjectMapper json = new ObjectMapper();

    private TasklistAgent() {}

    /** The case's one open task, once its routing ran, as tier1-agent sees it. */
    static String taskOf(HttpClient http, PackagedApp app, String caseNumber) throws IOException, InterruptedException {
        long limit = System.nanoTime() + TASK_LIMIT.toNanos();
        while (System.nanoTime() < limit) {
            JsonNode tasks = json.readTree(http.send(
                            HttpRequest.newBuilder(
                                            app.uri("/engine-rest/task?processInstanceBusinessKey=" + caseNumber))
                                    .header("Authorization", Workload.basic("tier1-agent"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            if (tasks.size() == 1) {
                return tasks.get(0).get("id").asText();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No Tier 1 task for " + caseNumber + " within " + TASK_LIMIT);
    }

    /** @param variables the form's values, as Tasklist sends them: {"outcome": {"value": …}, …} */
    static HttpRequest completion(PackagedApp app, String taskId, String credentials, String variables) {
        return HttpRequest.newBuilder(app.uri("/engine-rest/task/" + taskId + "/complete"))
                .header("Authorization", credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": " + variables + "}"))
                .build();
    }
}
