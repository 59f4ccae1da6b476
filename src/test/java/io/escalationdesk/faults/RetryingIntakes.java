package io.escalationdesk.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Clients that send intakes with an Idempotency-Key each and, as a client with a retry policy
 * does, ask again with the same key whatever got no 2xx: no answer, a 5xx or a 429. What the
 * desk answered instead is counted by status and content type.
 */
final class RetryingIntakes {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    private static final ObjectMapper json = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keyPrefix;
    private final long firstCustomer;
    private final Supplier<PackagedApp> app;
    private final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Future<?>> sent = new ArrayList<>();
    private ExecutorService clients;

    /** @param app the node to send to, asked before every request (it may have been restarted) */
    RetryingIntakes(String keyPrefix, long firstCustomer, Supplier<PackagedApp> app) {
        this.keyPrefix = keyPrefix;
        this.firstCustomer = firstCustomer;
        this.app = app;
    }

    /** Starts sending intakes 0 to {@code intakes - 1}, each until answered 2xx or the deadline. */
    void start(int clientCount, int intakes, long deadline) {
        clients = Executors.newFixedThreadPool(clientCount);
        for (int i = 0; i < intakes; i++) {
            int intake = i;
            sent.add(clients.submit(() -> {
                intake(intake, deadline);
                return null;
            }));
        }
    }

    /** Until every intake is answered 2xx or gave up at the deadline. */
    void awaitAll() throws Exception {
        for (Future<?> future : sent) {
            future.get();
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** The case number each intake answered 2xx was given. */
    Map<Integer, String> acknowledged() {
        return acknowledged;
    }

    int attempts() {
        return attempts.get();
    }

    /** What the desk answered the requests it did not take: "503 application/problem+json" or "no answer". */
    Map<String, Integer> refusals() {
        return Map.copyOf(refusals);
    }

    int refused() {
        return refusals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Sends intake {@code i} once, with its key. */
    HttpResponse<String> send(int i) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(app.get().uri("/api/cases"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", Workload.basic("tier1-agent"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", keyPrefix + i)
                        .POST(HttpRequest.BodyPublishers.ofString(Workload.newCase(firstCustomer + i)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void intake(int i, long deadline) throws IOException, InterruptedException {
        while (System.nanoTime() < deadline) {
            attempts.incrementAndGet();
            String refusal;
            try {
                HttpResponse<String> response = send(i);
                int status = response.statusCode();
                if (status == 200 || status == 201) {
                    acknowledged.put(
                            i, json.readTree(response.body()).get("caseNumber").asText());
                    return;
                }
                if (status < 500 && status != 429) {
                    throw new IllegalStateException("Intake " + i + " refused " + status + ": " + response.body());
                }
                refusal = FaultAnswers.describe(response);
            } catch (IOException noAnswer) {
                // the node is down or went down while answering: ask again with the same key
                refusal = "no answer";
            }
            refusals.merge(refusal, 1, Integer::sum);
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }
}
