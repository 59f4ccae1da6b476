package io.escalationdesk.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * R7, run by hand: intakes at a steady rate for a long while, agents resolving the cases in
 * Tasklist as they come. Prints, per window, the answers' percentiles by kind and errors, the
 * heap after a full GC and the database connections in use, and at the end PASS or FAIL: p95
 * below 500 ms, errors below 0.1 %, the heap after GC flat (the last third of the windows within
 * a fifth of the first), no connection held once the load is gone. The first window warms up
 * (the JIT, the caches) and counts for neither p95 nor heap.
 *
 * <p>Arguments: the jar, minutes, intakes per second, the agents, minutes per window.
 */
public final class Soak {

    private static final Duration P95_LIMIT = Duration.ofMillis(500);
    private static final double ERROR_LIMIT = 0.001;
    private static final String RESOLVE = """
      {"outcome": {"value": "RESOLVED"}, "reason": {"value": "Refund booked"},
       "resolutionCode": {"value": "ANSWERED"},
       "resolutionSummary": {"value": "We booked the refund."}}""";
    private static final ObjectMapper json = new ObjectMapper();
    private static final String INTAKE = "intake";
    private static final String QUEUE = "queue";
    private static final String COMPLETION = "completion";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PackagedApp app;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger intakes = new AtomicInteger();
    private final Duration agentPause;
    private volatile Window window = new Window();

    /** @param agentPause what an agent takes per task: together they could resolve twice the intake */
    private Soak(PackagedApp app, Duration agentPause) {
        this.app = app;
        this.agentPause = agentPause;
    }

    /** What the window's requests answered, and how fast, by kind: intake, queue, completion. */
    private static final class Window {
        final Map<String, List<Long>> millis = new ConcurrentHashMap<>();
        final Map<String, Integer> errors = new ConcurrentHashMap<>();
        final AtomicInteger resolved = new AtomicInteger();

        void took(String kind, long ms) {
            millis.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(ms);
        }

        List<Long> sorted(String kind) {
            List<Long> all = new ArrayList<>();
            millis.forEach((k, values) -> {
                if (kind == null || kind.equals(k)) {
                    synchronized (values) {
                        all.addAll(values);
                    }
                }
            });
            Collections.sort(all);
            return all;
        }

        String percentiles(String kind) {
            List<Long> sorted = sorted(kind);
            return sorted.isEmpty()
                    ? "-"
                    : "p50 %d, p95 %d, p99 %d ms"
                            .formatted(
                                    PackagedApp.percentile(sorted, 0.5),
                                    PackagedApp.percentile(sorted, 0.95),
                                    PackagedApp.percentile(sorted, 0.99));
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Duration length = Duration.ofMinutes(Long.parseLong(args[1]));
        int rate = Integer.parseInt(args[2]);
        int agents = Integer.parseInt(args[3]);
        Duration windowLength = Duration.ofMinutes(Long.parseLong(args[4]));
        Path folder = jar.getParent().resolve("soak");
        boolean passed;
        try (EmbeddedPostgres postgres = PackagedApp.postgres();
                PackagedApp app = PackagedApp.start(
                        jar,
                        folder,
                        PackagedApp.freePort(),
                        postgres.getJdbcUrl("postgres", "postgres"),
                        "postgres",
                        "postgres");
                Connection db = postgres.getPostgresDatabase().getConnection()) {
            passed = new Soak(app, Duration.ofMillis(1000L * agents / rate / 2))
                    .soak(db, length, rate, agents, windowLength);
        }
        // after the app is closed: an exit inside the try would leave it running
        System.exit(passed ? 0 : 1);
    }

    private boolean soak(Connection db, Duration length, int rate, int agentCount, Duration windowLength)
            throws Exception {
        System.out.printf(
                "R7 soak: %d intakes/s for %d min, %d agents resolving in Tasklist%n",
                rate, length.toMinutes(), agentCount);
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        pace.scheduleAtFixedRate(() -> senders.submit(this::intake), 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        ExecutorService agents = Executors.newFixedThreadPool(agentCount);
        for (int i = 0; i < agentCount; i++) {
            int agent = i;
            agents.submit(() -> resolveCases(agent));
        }
        List<Double> heapAfterGc = new ArrayList<>();
        long requests = 0;
        long errors = 0;
        long worstP95 = 0;
        long end = System.nanoTime() + length.toNanos();
        for (int minute = (int) windowLength.toMinutes();
                System.nanoTime() < end;
                minute += (int) windowLength.toMinutes()) {
            Thread.sleep(Math.min(windowLength.toMillis(), (end - System.nanoTime()) / 1_000_000 + 1));
            Window done = window;
            window = new Window();
            List<Long> sorted = done.sorted(null);
            int windowErrors =
                    done.errors.values().stream().mapToInt(Integer::intValue).sum();
            long p95 = sorted.isEmpty() ? 0 : PackagedApp.percentile(sorted, 0.95);
            requests += sorted.size() + windowErrors;
            errors += windowErrors;
            if (minute > windowLength.toMinutes()) {
                worstP95 = Math.max(worstP95, p95);
            }
            double heap = heapAfterFullGc();
            heapAfterGc.add(heap);
            System.out.printf(
                    "  min %3d: %6d requests, p95 %4d ms, errors %d %s; intakes %s;"
                            + " queue %s; completions %s; resolved %d; heap after GC %.0f MB;"
                            + " connections active %.0f, pending %.0f%n",
                    minute,
                    sorted.size() + windowErrors,
                    p95,
                    windowErrors,
                    done.errors,
                    done.percentiles(INTAKE),
                    done.percentiles(QUEUE),
                    done.percentiles(COMPLETION),
                    done.resolved.get(),
                    heap,
                    metric("hikaricp.connections.active"),
                    metric("hikaricp.connections.pending"));
        }
        pace.shutdownNow();
        running.set(false);
        // intakes still queued here were never sent: beyond what the app kept up with, dropped
        senders.shutdownNow();
        agents.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        agents.awaitTermination(2, TimeUnit.MINUTES);
        // the job executor finishes what the last intakes started; a leak never gives back
        double activeAfter;
        long sessions;
        long settle = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        do {
            Thread.sleep(1_000);
            activeAfter = metric("hikaricp.connections.active");
            sessions = Workload.count(
                    db,
                    "select count(*) from pg_stat_activity "
                            + "where datname = 'postgres' and state <> 'idle' and pid <> pg_backend_pid()");
        } while ((activeAfter > 0 || sessions > 0) && System.nanoTime() < settle);
        double errorShare = requests == 0 ? 1 : (double) errors / requests;
        // a window's figure swings with the requests in flight at that moment: thirds are compared
        List<Double> settled = heapAfterGc.subList(Math.min(1, heapAfterGc.size() - 1), heapAfterGc.size());
        int third = Math.max(1, settled.size() / 3);
        double firstHeap = mean(settled.subList(0, third));
        double lastHeap = mean(settled.subList(settled.size() - third, settled.size()));
        Outcome outcome = new Outcome("R7 soak")
                .figure("%d intakes, %d requests in all, worst p95 after the first window %d ms, errors %.3f %%"
                        .formatted(intakes.get(), requests, worstP95, errorShare * 100))
                .figure(
                        "heap after GC, mean of a third of the windows: first %.0f MB, last %.0f MB; after the load: connections "
                                        .formatted(firstHeap, lastHeap)
                                + "active %.0f, database sessions busy %d".formatted(activeAfter, sessions))
                .expect(worstP95 < P95_LIMIT.toMillis(), "p95 below 500 ms in every window after the first")
                .expect(errorShare < ERROR_LIMIT, "errors below 0.1 %")
                .expect(lastHeap <= firstHeap * 1.2, "heap after GC flat")
                .expect(activeAfter == 0 && sessions == 0, "no connection leak");
        System.out.println(outcome.report());
        return outcome.passed();
    }

    private void intake() {
        int i = intakes.getAndIncrement();
        timed(
                INTAKE,
                HttpRequest.newBuilder(app.uri("/api/cases"))
                        .header("Authorization", Workload.basic("tier1-agent"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "soak-" + i)
                        .POST(HttpRequest.BodyPublishers.ofString(Workload.newCase(6_000_000L + i)))
                        .build());
    }

    /** An agent in Tasklist: five tasks from the front of the queue, each resolved. */
    private void resolveCases(int agent) {
        while (running.get()) {
            HttpResponse<String> queue = timed(
                    QUEUE,
                    HttpRequest.newBuilder(app.uri("/engine-rest/task?candidateGroup=tier1&sortBy=created&sortOrder=asc"
                                    + "&maxResults=5&firstResult=" + agent * 5))
                            .header("Authorization", Workload.basic("tier1-agent"))
                            .build());
            try {
                JsonNode tasks = queue == null || queue.statusCode() != 200
                        ? json.createArrayNode()
                        : json.readTree(queue.body());
                for (JsonNode task : tasks) {
                    HttpResponse<String> done = timed(
                            COMPLETION,
                            TasklistAgent.completion(
                                    app, task.get("id").asText(), Workload.basic("tier1-agent"), RESOLVE));
                    if (done != null && done.statusCode() == 204) {
                        window.resolved.incrementAndGet();
                    }
                    Thread.sleep(agentPause.toMillis());
                }
                if (tasks.isEmpty()) {
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Sends and records the time; a 409 (two agents took the same task) is the race R6 proves,
     * not an error.
     */
    private HttpResponse<String> timed(String kind, HttpRequest request) {
        long started = System.nanoTime();
        Window current = window;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2 || response.statusCode() == 409) {
                current.took(kind, (System.nanoTime() - started) / 1_000_000);
            } else {
                current.errors.merge(kind + " " + response.statusCode(), 1, Integer::sum);
            }
            return response;
        } catch (IOException e) {
            current.errors.merge(kind + " no answer", 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The heap in use right after a full collection: what the app holds on to. */
    private double heapAfterFullGc() throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(app.pid()),
                        "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        gc.waitFor(1, TimeUnit.MINUTES);
        return metric("jvm.memory.used?tag=area:heap") / 1e6;
    }

    private double metric(String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(app.uri("/actuator/metrics/" + name))
                        .header("Authorization", Workload.basic("admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200
                ? json.readTree(answer.body())
                        .get("measurements")
                        .get(0)
                        .get("value")
                        .asDouble()
                : Double.NaN;
    }
}
