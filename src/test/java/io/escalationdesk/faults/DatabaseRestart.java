package io.escalationdesk.faults;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * R4: PostgreSQL is restarted (stopped fast, as an operator's restart or a failover does, and
 * started again on the same data) while agents send intakes and read cases and tasks. While it
 * is down every request is answered 503 problem+json, nothing else; the same node serves again
 * once it is back, without a restart of its own; no case lacks its process or the reverse; the
 * engine's jobs and the outbox drain, none failed.
 */
final class DatabaseRestart {

    private static final int CLIENTS = 8;
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final Duration READ_PAUSE = Duration.ofMillis(100);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Map<String, Integer>> reads = new ConcurrentHashMap<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);

    static Outcome run(Path jar, Path folder, int intakes, Duration outage) throws Exception {
        return new DatabaseRestart().restart(jar, folder, intakes, outage);
    }

    private Outcome restart(Path jar, Path folder, int intakes, Duration outage) throws Exception {
        Path data = folder.resolve("postgres");
        int databasePort = PackagedApp.freePort();
        EmbeddedPostgres postgres = PackagedApp.postgres(data, databasePort);
        try (PackagedApp app = PackagedApp.start(
                jar,
                folder.resolve("node"),
                PackagedApp.freePort(),
                postgres.getJdbcUrl("postgres", "postgres"),
                "postgres",
                "postgres")) {
            long started = System.nanoTime();
            long deadline = started + LIMIT.toNanos();
            RetryingIntakes clients = new RetryingIntakes("r4-intake-", 3_000_000L, () -> app);
            clients.start(CLIENTS, intakes, deadline);
            Thread cases = reader(app, "/api/cases?size=5", "tier2-agent");
            Thread tasks = reader(app, "/engine-rest/task?maxResults=5", "tier1-agent");
            while (clients.acknowledged().size() < intakes / 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            int answeredAtStop = clients.acknowledged().size();
            postgres.close();
            Thread.sleep(outage.toMillis());
            long restarting = System.nanoTime();
            postgres = PackagedApp.postgres(data, databasePort);
            double databaseStartSeconds = (System.nanoTime() - restarting) / 1e9;
            clients.awaitAll();
            reading.set(false);
            cases.join();
            tasks.join();
            double seconds = (System.nanoTime() - started) / 1e9;
            boolean ready = app.isAlive() && readiness(app) == 200;

            long withoutProcess;
            long processesWithoutCase;
            long failedJobs;
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                Workload.awaitQuiet(db);
                withoutProcess = Workload.count(
                        db,
                        "select count(*) from escalation_case c "
                                + "where not exists (select 1 from act_hi_procinst p "
                                + "where p.id_ = c.process_instance_id and p.business_key_ = c.case_number)");
                processesWithoutCase = Workload.count(
                        db,
                        "select count(*) from act_hi_procinst p "
                                + "where p.proc_def_key_ = 'CustomerEscalation' and not exists "
                                + "(select 1 from escalation_case c where c.case_number = p.business_key_)");
                failedJobs = Workload.count(db, "select count(*) from act_ru_job where retries_ = 0");
            }
            Map<String, Integer> refusals = new TreeMap<>(clients.refusals());
            reads.values()
                    .forEach(
                            answers -> answers.forEach((answer, count) -> refusals.merge(answer, count, Integer::sum)));
            refusals.keySet().removeIf(answer -> answer.startsWith("200 "));
            int unavailable = refusals.getOrDefault("503 application/problem+json", 0);
            return new Outcome("R4 database restart under load")
                    .figure("%d intakes by %d clients in %.1f s, %d requests; database stopped with %d "
                                    .formatted(intakes, CLIENTS, seconds, clients.attempts(), answeredAtStop)
                            + "answered, down %d s, up again in %.1f s"
                                    .formatted(outage.toSeconds(), databaseStartSeconds))
                    .figure("reads while it ran: %s".formatted(new TreeMap<>(reads)))
                    .figure("every answer other than 2xx: %s".formatted(refusals))
                    .figure("after: the same node ready %s; answered %d of %d; cases without their process "
                                    .formatted(ready, clients.acknowledged().size(), intakes)
                            + "%d, processes without their case %d; jobs and outbox drained, failed jobs %d"
                                    .formatted(withoutProcess, processesWithoutCase, failedJobs))
                    .expect(
                            unavailable > 0
                                    && unavailable
                                            == refusals.values().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .sum(),
                            "while it is down, requests get 503 problem+json "
                                    + "without the desk's insides, and nothing else")
                    .expect(ready, "the node serves again without a restart")
                    .expect(clients.acknowledged().size() == intakes, "every intake answered 2xx in the end")
                    .expect(withoutProcess == 0 && processesWithoutCase == 0, "no partial rows")
                    .expect(failedJobs == 0, "the job backlog drains, no job failed");
        } finally {
            postgres.close();
        }
    }

    /** An agent reading {@code path} every 100 ms until the intakes are done; answers counted. */
    private Thread reader(PackagedApp app, String path, String user) {
        Map<String, Integer> answers = reads.computeIfAbsent(path, any -> new ConcurrentHashMap<>());
        Thread reader = new Thread(
                () -> {
                    while (reading.get()) {
                        String answer;
                        try {
                            answer = FaultAnswers.describe(http.send(
                                    HttpRequest.newBuilder(app.uri(path))
                                            .timeout(Duration.ofSeconds(30))
                                            .header("Authorization", Workload.basic(user))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()));
                            Thread.sleep(READ_PAUSE.toMillis());
                        } catch (IOException noAnswer) {
                            answer = "no answer";
                        } catch (InterruptedException stop) {
                            return;
                        }
                        answers.merge(answer, 1, Integer::sum);
                    }
                },
                "reader " + path);
        reader.start();
        return reader;
    }

    private int readiness(PackagedApp app) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(app.uri("/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
