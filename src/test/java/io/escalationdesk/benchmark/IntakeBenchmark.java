package io.escalationdesk.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How many cases the packaged jar accepts (issue 14's P1 and P5): on a PostgreSQL it starts
 * itself, intake bodies as in the README, as tier1-agent. Closed loop at 8 and 16 connections
 * against {@code POST /api/cases} and against the stock {@code POST /engine-rest/.../start} of the
 * same diagram, after a warm-up; then an open loop at 100 requests a second, latencies counted
 * from when each request was due (so a stall shows), and whether requests pile up.
 *
 * <p>Prints cases/s, p50, p95 and p99 and the ratio of our API to the stock one.
 * {@code mvn -Pbenchmark verify}; {@code -Dbenchmark.seconds=10} for a short run.
 */
public final class IntakeBenchmark {

    private static final String TIER1 = Workload.basic("tier1-agent");
    private static final int OPEN_LOOP_RATE = 100;
    private static final AtomicLong customers = new AtomicLong();

    private record Run(String what, double perSecond, List<Long> micros, long failed) {}

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[1]));
        Path folder = jar.getParent().resolve("benchmark-intake");
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            int port = PackagedApp.freePort();
            System.out.printf(
                    "PostgreSQL on port %d, the app on %d; its log in %s%n",
                    postgres.getPort(), port, folder.resolve("app.log"));
            try (PackagedApp app = PackagedApp.start(
                    jar, folder, port, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                Supplier<HttpRequest> ours = () -> HttpRequest.newBuilder(app.uri("/api/cases"))
                        .header("Authorization", TIER1)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(Workload.newCase(customers.incrementAndGet())))
                        .build();
                Supplier<HttpRequest> stock = () -> HttpRequest.newBuilder(
                                app.uri("/engine-rest/process-definition/key/CustomerEscalation/start"))
                        .header("Authorization", TIER1)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(engineStart()))
                        .build();
                closedLoop(http, ours, 8, measured.dividedBy(2), "warm-up");
                closedLoop(http, stock, 8, measured.dividedBy(2), "warm-up");
                List<Run> runs = new ArrayList<>();
                for (int connections : new int[] {8, 16}) {
                    runs.add(closedLoop(
                            http, ours, connections, measured, "P1 POST /api/cases, " + connections + " connections"));
                    runs.add(closedLoop(
                            http,
                            stock,
                            connections,
                            measured,
                            "P5 stock /engine-rest start, " + connections + " connections"));
                }
                runs.add(openLoop(http, ours, measured));
                System.out.printf(
                        "%n%-46s %8s %8s %8s %8s %6s%n", "", "cases/s", "p50 ms", "p95 ms", "p99 ms", "failed");
                runs.forEach(IntakeBenchmark::print);
                for (int i = 0; i < 4; i += 2) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s: ours / stock = %.2f%n",
                            runs.get(i).what().replace("P1 POST /api/cases, ", ""),
                            runs.get(i).perSecond() / runs.get(i + 1).perSecond());
                }
            }
        }
    }

    /** Each connection sends its next request when the last one was answered. */
    private static Run closedLoop(
            HttpClient http, Supplier<HttpRequest> request, int connections, Duration measured, String what)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int i = 0; i < connections; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    if (!send(http, request.get())) {
                        failed.incrementAndGet();
                    }
                    micros.add((System.nanoTime() - start) / 1_000);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(measured.toSeconds() + 60, TimeUnit.SECONDS);
        return new Run(
                what,
                (micros.size() - failed.get()) / (double) measured.toSeconds(),
                new ArrayList<>(micros),
                failed.get());
    }

    /**
     * A request is due every 1/100 s whether or not the last was answered; its latency runs from
     * when it was due. Requests still open at the end pile up: the backlog is not flat.
     */
    private static Run openLoop(HttpClient http, Supplier<HttpRequest> request, Duration measured)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        AtomicInteger open = new AtomicInteger();
        List<Integer> openAtEachSecond = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(200);
        long start = System.nanoTime();
        long requests = measured.toSeconds() * OPEN_LOOP_RATE;
        for (long i = 0; i < requests; i++) {
            long due = start + i * 1_000_000_000L / OPEN_LOOP_RATE;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (i % OPEN_LOOP_RATE == 0) {
                openAtEachSecond.add(open.get());
            }
            open.incrementAndGet();
            senders.execute(() -> {
                if (!send(http, request.get())) {
                    failed.incrementAndGet();
                }
                micros.add((System.nanoTime() - due) / 1_000);
                open.decrementAndGet();
            });
        }
        senders.shutdown();
        senders.awaitTermination(120, TimeUnit.SECONDS);
        double served = (micros.size() - failed.get()) / ((System.nanoTime() - start) / 1_000_000_000.0);
        System.out.printf("Open loop at %d/s: requests waiting at each second %s%n", OPEN_LOOP_RATE, openAtEachSecond);
        return new Run("P1 open loop, " + OPEN_LOOP_RATE + "/s offered", served, new ArrayList<>(micros), failed.get());
    }

    private static boolean send(HttpClient http, HttpRequest request) {
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (Exception e) {
            return false;
        }
    }

    private static void print(Run run) {
        List<Long> sorted = run.micros().stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%-46s %8.1f %8.1f %8.1f %8.1f %6d%n",
                run.what(),
                run.perSecond(),
                PackagedApp.percentile(sorted, 0.5) / 1000.0,
                PackagedApp.percentile(sorted, 0.95) / 1000.0,
                PackagedApp.percentile(sorted, 0.99) / 1000.0,
                run.failed());
    }

    private static String engineStart() {
        long customer = customers.incrementAndGet();
        return """
        {"variables": {
          "customerId": {"value": "C-%d"}, "customerName": {"value": "Benchmark Customer"},
          "customerEmail": {"value": "customer%d@example.com"}, "channel": {"value": "PHONE"},
          "category": {"value": "BILLING"}, "priority": {"value": "NORMAL"},
          "trigger": {"value": "RESOLUTION_DELAYED"}, "customerSegment": {"value": "STANDARD"},
          "description": {"value": "Refund for order %d still missing"}}}""".formatted(customer, customer, customer);
    }
}
