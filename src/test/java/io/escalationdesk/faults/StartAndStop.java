package io.escalationdesk.faults;

import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Start and stop: a node is stopped (SIGTERM, as an orchestrator stops it) while agents send
 * intakes; every request it had taken is answered 2xx, every answered case has its process, and
 * it leaves no engine job locked. Then a node whose database is gone is stopped: it ends within
 * 30 seconds.
 */
final class StartAndStop {

    private static final int CLIENTS = 8;
    private static final Duration LOAD_BEFORE_STOP = Duration.ofSeconds(10);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    /** A request sent this long before the stop had reached the node (loopback). */
    private static final long TAKEN_MARGIN_NANOS = Duration.ofMillis(50).toNanos();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> afterStop = new ConcurrentHashMap<>();
    private final AtomicInteger takenAndAnswered = new AtomicInteger();
    private final AtomicInteger takenNotAnswered = new AtomicInteger();
    private final AtomicLong stoppedAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicBoolean stopped = new AtomicBoolean();

    static Outcome run(Path jar, Path folder) throws Exception {
        return new StartAndStop().startAndStop(jar, folder);
    }

    private Outcome startAndStop(Path jar, Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        int databasePort = PackagedApp.freePort();
        EmbeddedPostgres postgres = PackagedApp.postgres(data, databasePort);
        try {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            PackagedApp app = PackagedApp.start(
                    jar, folder.resolve("under-load"), PackagedApp.freePort(), url, "postgres", "postgres");
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            AtomicInteger intake = new AtomicInteger();
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (!stopped.get()) {
                        send(app, intake.getAndIncrement());
                    }
                    return null;
                });
            }
            Thread.sleep(LOAD_BEFORE_STOP.toMillis());
            stoppedAt.set(System.nanoTime());
            app.close();
            double gracefulSeconds = (System.nanoTime() - stoppedAt.get()) / 1e9;
            stopped.set(true);
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);

            long withoutProcess;
            long lockedJobs;
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                withoutProcess = Workload.count(
                        db,
                        "select count(*) from escalation_case c "
                                + "where not exists (select 1 from act_hi_procinst p "
                                + "where p.id_ = c.process_instance_id and p.business_key_ = c.case_number)");
                lockedJobs = Workload.count(db, "select count(*) from act_ru_job " + "where lock_owner_ is not null");
            }

            PackagedApp withoutDatabase = PackagedApp.start(
                    jar, folder.resolve("database-gone"), PackagedApp.freePort(), url, "postgres", "postgres");
            postgres.close();
            long stopping = System.nanoTime();
            boolean endedInTime = withoutDatabase.stop(STOP_LIMIT.plusSeconds(30));
            double withoutDatabaseSeconds = (System.nanoTime() - stopping) / 1e9;
            return new Outcome("Start and stop")
                    .figure("stopped under load by %d clients after %d s: took %.1f s; requests it had "
                                    .formatted(CLIENTS, LOAD_BEFORE_STOP.toSeconds(), gracefulSeconds)
                            + "taken: %d answered 2xx, %d not; sent after the stop: %s"
                                    .formatted(
                                            takenAndAnswered.get(), takenNotAnswered.get(), new TreeMap<>(afterStop)))
                    .figure("after it: cases without their process %d, engine jobs left locked %d"
                            .formatted(withoutProcess, lockedJobs))
                    .figure("stopped with its database gone: took %.1f s".formatted(withoutDatabaseSeconds))
                    .expect(
                            takenAndAnswered.get() > 0 && takenNotAnswered.get() == 0,
                            "a graceful stop answers every request it had taken")
                    .expect(
                            withoutProcess == 0 && lockedJobs == 0,
                            "it finishes its jobs: no partial case, no job left locked")
                    .expect(
                            endedInTime && withoutDatabaseSeconds <= STOP_LIMIT.toSeconds(),
                            "with the database gone it ends within 30 s");
        } finally {
            postgres.close();
        }
    }

    /** One intake; counted by whether the node had taken it before the stop. */
    private void send(PackagedApp app, int i) throws InterruptedException {
        long sent = System.nanoTime();
        String answer;
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(app.uri("/api/cases"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", Workload.basic("tier1-agent"))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "stop-intake-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString(Workload.newCase(5_000_000L + i)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            answer = FaultAnswers.describe(response);
            if (response.statusCode() / 100 == 2) {
                answer = "2xx";
            }
        } catch (ConnectException refused) {
            answer = "refused";
            Thread.sleep(100);
        } catch (IOException noAnswer) {
            answer = "no answer";
        }
        if (sent < stoppedAt.get() - TAKEN_MARGIN_NANOS) {
            (answer.equals("2xx") ? takenAndAnswered : takenNotAnswered).incrementAndGet();
        } else {
            afterStop.merge(answer, 1, Integer::sum);
        }
    }
}
