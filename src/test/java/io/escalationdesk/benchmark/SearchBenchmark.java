package io.escalationdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Issue 14's P4: how fast agents find cases and their queue as the desk fills up. Seeds a year
 * of cases (one million closed by default, {@link CaseHistory}) and 50,000 open Tier 1 tasks
 * (one for every 20 closed cases),
 * then searches {@code GET /api/cases} as tier1-agent, four clients at once, by phone, email,
 * customer, status and level, category and priority, words of the description and with no
 * filter, and asks for the Tier 1 queue as Tasklist does ({@code /engine-rest/task}, a page and
 * its count). Prints p50 and p95 of each.
 *
 * <p>The open tasks are copies of the tasks of real cases opened through the API, made with SQL:
 * opening 50,000 cases through the API would take longer than the rest of the benchmarks.
 * {@code mvn -Pbenchmark verify}; {@code -Dbenchmark.cases=100000} for a quicker run.
 */
public final class SearchBenchmark {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String TIER1 = Workload.basic("tier1-agent");
    private static final int CLIENTS = 4;
    private static final int REQUESTS = 200;
    private static final int REAL_TASKS = 20;
    /** Open Tier 1 tasks per closed case seeded: 50,000 at a million, fewer in a short run. */
    private static final double OPEN_TASKS_PER_CASE = 0.05;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        long closedCases = Long.parseLong(args[1]);
        Path folder = jar.getParent().resolve("benchmark-search");
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            int port = PackagedApp.freePort();
            System.out.printf(
                    "PostgreSQL on port %d, the app on %d; its log in %s%n",
                    postgres.getPort(), port, folder.resolve("app.log"));
            try (PackagedApp app = PackagedApp.start(jar, folder, port, url, "postgres", "postgres");
                    Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                CaseHistory.seed(url, closedCases);
                seedTier1Queue(app, db, (int) (closedCases * OPEN_TASKS_PER_CASE));
                List<String[]> customers = sample(
                        db,
                        "select customer_id, customer_email, "
                                + "customer_phone from escalation_case where customer_phone is not null "
                                + "and customer_email is not null order by random() limit " + REQUESTS);
                Map<String, IntFunction<String>> searches = new LinkedHashMap<>();
                searches.put(
                        "phone", i -> "/api/cases?phone=" + encode(customers.get(i)[2]));
                searches.put(
                        "email", i -> "/api/cases?email=" + encode(customers.get(i)[1]));
                searches.put(
                        "customer",
                        i -> "/api/cases?customerId=" + encode(customers.get(i)[0]));
                searches.put("status + level (open, Tier 1)", i -> "/api/cases?status=OPEN&level=TIER1");
                searches.put("status + level (closed)", i -> "/api/cases?status=CLOSED&level=CLOSED");
                searches.put("category + priority", i -> "/api/cases?category=BILLING&priority=NORMAL");
                searches.put("words (\"refund\")", i -> "/api/cases?text=refund");
                searches.put("words (\"router refund\")", i -> "/api/cases?text=router+refund");
                searches.put("no filter", i -> "/api/cases");
                searches.put(
                        "Tier 1 queue, a page",
                        i -> "/engine-rest/task?candidateGroup=tier1"
                                + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15");
                searches.put("Tier 1 queue, its count", i -> "/engine-rest/task/count?candidateGroup=tier1");
                for (var search : searches.values()) {
                    measure(app, search, 20);
                }
                System.out.printf("%n%-32s %8s %8s %8s%n", "search, 4 clients (ms)", "p50", "p95", "max");
                for (var search : searches.entrySet()) {
                    List<Long> sorted = measure(app, search.getValue(), REQUESTS).stream()
                            .sorted()
                            .toList();
                    System.out.printf(
                            Locale.ROOT,
                            "%-32s %8.1f %8.1f %8.1f%n",
                            search.getKey(),
                            PackagedApp.percentile(sorted, 0.5) / 1000.0,
                            PackagedApp.percentile(sorted, 0.95) / 1000.0,
                            sorted.get(sorted.size() - 1) / 1000.0);
                }
            }
        }
    }

    /**
     * Real Tier 1 cases through the API, then their tasks, candidate groups and the groups'
     * authorizations on them copied until the queue holds {@code openTasks}, each copy created a
     * second earlier than the last.
     */
    private static void seedTier1Queue(PackagedApp app, Connection db, int openTasks) throws Exception {
        for (int i = 0; i < REAL_TASKS; i++) {
            Workload.openCase(http, app, i);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (Workload.count(db, "select count(*) from act_ru_task") < REAL_TASKS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The real cases did not reach Tier 1 in 2 minutes");
            }
            Thread.sleep(200);
        }
        int copies = Math.max(openTasks / REAL_TASKS - 1, 0);
        try (Statement statement = db.createStatement()) {
            // the engine grants a task's candidate groups on the task itself (resource type 7)
            statement.execute(copy(
                            db,
                            "act_ru_authorization",
                            Map.of("id_", "t.id_ || '-' || n", "resource_id_", "t.resource_id_ || '-' || n"),
                            copies)
                    + " where t.resource_type_ = 7 and t.resource_id_ in (select id_ from act_ru_task)");
            statement.execute(copy(
                    db,
                    "act_ru_task",
                    Map.of("id_", "t.id_ || '-' || n", "create_time_", "t.create_time_ - n * interval '1 second'"),
                    copies));
            statement.execute(copy(
                            db,
                            "act_ru_identitylink",
                            Map.of("id_", "t.id_ || '-' || n", "task_id_", "t.task_id_ || '-' || n"),
                            copies)
                    + " where t.task_id_ is not null");
            statement.execute("vacuum analyze");
        }
        HttpResponse<String> queue = http.send(
                HttpRequest.newBuilder(app.uri("/engine-rest/task/count?candidateGroup=tier1"))
                        .header("Authorization", TIER1)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf(
                "Tier 1's queue as tier1-agent sees it: %s open tasks%n",
                json.readTree(queue.body()).get("count").asText());
    }

    /** An insert of {@code copies} copies of every row, some columns computed from copy n. */
    private static String copy(Connection db, String table, Map<String, String> computed, int copies) throws Exception {
        List<String> columns = new ArrayList<>();
        for (String[] column : sample(
                db,
                "select column_name, ordinal_position from " + "information_schema.columns where table_name = '" + table
                        + "' order by 2")) {
            columns.add(column[0]);
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select "
                + columns.stream()
                        .map(column -> computed.getOrDefault(column, "t." + column))
                        .collect(Collectors.joining(", "))
                + " from " + table + " t cross join generate_series(1, " + copies + ") n";
    }

    private static List<Long> measure(PackagedApp app, IntFunction<String> search, int requests)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < requests; i++) {
            URI uri = app.uri(search.apply(i));
            clients.execute(() -> {
                long start = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(uri)
                                    .header("Authorization", TIER1)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(uri + " answered " + response.statusCode());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                micros.add((System.nanoTime() - start) / 1_000);
            });
        }
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.MINUTES);
        if (micros.size() != requests) {
            throw new IllegalStateException("Some searches failed; see the app's log");
        }
        return new ArrayList<>(micros);
    }

    private static List<String[]> sample(Connection db, String sql) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
