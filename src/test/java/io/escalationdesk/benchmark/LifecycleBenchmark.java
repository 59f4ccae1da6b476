package io.escalationdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 14's P2 and P6: cases driven through their whole life over the APIs an integrator and
 * Tasklist use, and what each leaves in the database. On a PostgreSQL and an SMTP server
 * (GreenMail) it starts itself, the packaged jar: eight agents at once, each opens a case as
 * tier1-agent ({@code POST /api/cases}), escalates it to Tier 2 and resolves it there as
 * tier2-agent ({@code /engine-rest/task}), every customer message sent by mail. Prints completed
 * cases/s, how long a case took, the mails received, then the bytes per resolved and per open
 * case (tables with their indexes, after {@code VACUUM FULL}) and the tables that hold most.
 *
 * <p>{@code mvn -Pbenchmark verify}; {@code -Dbenchmark.lifecycles=200} for a short run.
 */
public final class LifecycleBenchmark {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int AGENTS = 8;
    private static final Duration TASK_WAIT = Duration.ofSeconds(120);
    private static final AtomicLong customers = new AtomicLong();

    private LifecycleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int lifecycles = Integer.parseInt(args[1]);
        Path folder = jar.getParent().resolve("benchmark-lifecycle");
        GreenMail smtp = Workload.mailServer();
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            int port = PackagedApp.freePort();
            System.out.printf(
                    "PostgreSQL on port %d, SMTP on %d, the app on %d; its log in %s%n",
                    postgres.getPort(), smtp.getSmtp().getPort(), port, folder.resolve("app.log"));
            try (PackagedApp app =
                            PackagedApp.start(jar, folder, port, url, "postgres", "postgres", Workload.mailTo(smtp));
                    Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                drive(app, AGENTS * 5);
                Workload.awaitQuiet(db);
                Map<String, Long> before = tableBytes(db);
                long mailsBefore = smtp.getReceivedMessages().length;

                long start = System.nanoTime();
                List<Long> millis = drive(app, lifecycles);
                double seconds = (System.nanoTime() - start) / 1e9;
                Workload.awaitQuiet(db);
                double drained = (System.nanoTime() - start) / 1e9;
                long mails = smtp.getReceivedMessages().length - mailsBefore;
                Map<String, Long> resolved = tableBytes(db);

                List<String> open = new ArrayList<>();
                for (int i = 0; i < lifecycles; i++) {
                    open.add(Workload.openCase(http, app, customers.incrementAndGet()));
                }
                Workload.awaitQuiet(db);
                Map<String, Long> withOpen = tableBytes(db);

                List<Long> sorted = millis.stream().sorted().toList();
                System.out.printf(
                        Locale.ROOT,
                        "%nP2 lifecycle (%d agents): %d cases opened, escalated "
                                + "and resolved in %.1f s, a case in p50 %d ms, p95 %d ms; their %d mails (%.1f "
                                + "per case) all sent after %.1f s: %.1f completed cases/s%n",
                        AGENTS,
                        millis.size(),
                        seconds,
                        PackagedApp.percentile(sorted, 0.5),
                        PackagedApp.percentile(sorted, 0.95),
                        mails,
                        mails / (double) millis.size(),
                        drained,
                        millis.size() / drained);
                printStorage("P6 per resolved case", before, resolved, millis.size());
                printStorage("P6 per open case", resolved, withOpen, open.size());
            }
        } finally {
            smtp.stop();
        }
    }

    /** Each agent takes the next case through its life until {@code lifecycles} are done. */
    private static List<Long> drive(PackagedApp app, int lifecycles) throws InterruptedException {
        ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService agents = Executors.newFixedThreadPool(AGENTS);
        for (int i = 0; i < AGENTS; i++) {
            agents.execute(() -> {
                while (next.getAndIncrement() < lifecycles) {
                    long start = System.nanoTime();
                    try {
                        String caseNumber = Workload.openCase(http, app, customers.incrementAndGet());
                        complete(
                                app,
                                "tier1-agent",
                                caseNumber,
                                "{\"outcome\": {\"value\": \"ESCALATE\"},"
                                        + " \"reason\": {\"value\": \"The refund needs Tier 2\"}}");
                        complete(
                                app,
                                "tier2-agent",
                                caseNumber,
                                "{\"outcome\": {\"value\": \"RESOLVED\"},"
                                        + " \"resolutionCode\": {\"value\": \"REFUNDED\"},"
                                        + " \"resolutionSummary\": {\"value\": \"We refunded you.\"},"
                                        + " \"reason\": {\"value\": \"Refunded\"}}");
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    } catch (Exception e) {
                        throw new IllegalStateException("A lifecycle failed", e);
                    }
                }
            });
        }
        agents.shutdown();
        if (!agents.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The lifecycles did not end within 30 minutes");
        }
        if (millis.size() != lifecycles) {
            throw new IllegalStateException(
                    "Only " + millis.size() + " of " + lifecycles + " lifecycles ended; see the app's log");
        }
        return new ArrayList<>(millis);
    }

    /** The agent's task on the case, as Tasklist finds it once the case reached their level. */
    private static void complete(PackagedApp app, String agent, String caseNumber, String outcome) throws Exception {
        long limit = System.nanoTime() + TASK_WAIT.toNanos();
        while (System.nanoTime() < limit) {
            JsonNode tasks = json.readTree(send(
                            request(app, agent, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
                                    .GET(),
                            200)
                    .body());
            if (!tasks.isEmpty()) {
                send(
                        request(
                                        app,
                                        agent,
                                        "/engine-rest/task/"
                                                + tasks.get(0).get("id").asText() + "/complete")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": " + outcome + "}")),
                        204);
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(agent + " found no task on " + caseNumber + " in " + TASK_WAIT);
    }

    private static HttpRequest.Builder request(PackagedApp app, String user, String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", Workload.basic(user));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            URI uri = response.uri();
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** Every table's bytes with its indexes and TOAST, after VACUUM FULL gave freed space back. */
    private static Map<String, Long> tableBytes(Connection db) throws Exception {
        Map<String, Long> bytes = new LinkedHashMap<>();
        try (Statement statement = db.createStatement()) {
            statement.execute("vacuum full");
            try (ResultSet rows = statement.executeQuery("select relname, "
                    + "pg_total_relation_size(oid) from pg_class where relkind = 'r' "
                    + "and relnamespace = 'public'::regnamespace")) {
                while (rows.next()) {
                    bytes.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return bytes;
    }

    private static void printStorage(String what, Map<String, Long> before, Map<String, Long> after, int cases) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((table, bytes) -> grown.put(table, bytes - before.getOrDefault(table, 0L)));
        long total = grown.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%s: %.1f KB (%d cases); most in ", what, total / 1024.0 / cases, cases);
        System.out.println(String.join(
                ", ",
                grown.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                        .limit(6)
                        .map(e -> String.format(Locale.ROOT, "%s %.1f KB", e.getKey(), e.getValue() / 1024.0 / cases))
                        .toList()));
    }
}
