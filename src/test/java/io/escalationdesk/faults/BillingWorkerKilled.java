package io.escalationdesk.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * R5: the node, and with it the billing worker, is killed after the billing system answered a
 * hand-off and before the worker completed the task. Started again, the node's worker gets the
 * hand-off again once its lock expired and forwards it with the same Idempotency-Key; the
 * billing system books each key once, the case's timeline has the hand-off once, and every case
 * reaches the billing back office's queue.
 */
final class BillingWorkerKilled {

    private static final Duration LOCK = Duration.ofSeconds(15);
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final String HAND_OFF = """
      {"outcome": {"value": "HAND_OFF"}, "reason": {"value": "Disputed invoice"}}""";

    private final HttpClient http = HttpClient.newHttpClient();
    /** The node the billing system kills when it has answered its first hand-off. */
    private final AtomicReference<PackagedApp> node = new AtomicReference<>();

    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    private final Set<String> answeredBeforeTheKill = ConcurrentHashMap.newKeySet();
    /** The worker may fetch before the node reports ready; the first answer waits for that. */
    private final CountDownLatch ready = new CountDownLatch(1);

    static Outcome run(Path jar, Path folder, String url, Connection db, int handoffs) throws Exception {
        return new BillingWorkerKilled().kill(jar, folder, url, db, handoffs);
    }

    private Outcome kill(Path jar, Path folder, String url, Connection db, int handoffs) throws Exception {
        HttpServer billing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        billing.createContext("/handoffs", this::answerThenKill);
        billing.start();
        Map<String, String> settings = Map.of(
                "BILLING_SYSTEM_URL",
                "http://127.0.0.1:" + billing.getAddress().getPort() + "/handoffs",
                "CAMUNDA_BPM_CLIENT_LOCKDURATION",
                String.valueOf(LOCK.toMillis()));
        int port = PackagedApp.freePort();
        List<String> cases = new ArrayList<>();
        try {
            // Tier 1 hands the cases off while no worker fetches, so they wait for it together
            try (PackagedApp withoutWorker = PackagedApp.start(
                    jar, folder, port, url, "postgres", "postgres", Map.of("BILLING_WORKER_DISABLED", "true"))) {
                for (int i = 0; i < handoffs; i++) {
                    String caseNumber = Workload.openCase(
                            http,
                            withoutWorker,
                            Workload.newCase(4_000_000L + i).replace("RESOLUTION_DELAYED", "BILLING_DISPUTE"));
                    HttpResponse<String> handedOff = http.send(
                            TasklistAgent.completion(
                                    withoutWorker,
                                    TasklistAgent.taskOf(http, withoutWorker, caseNumber),
                                    Workload.basic("tier1-agent"),
                                    HAND_OFF),
                            HttpResponse.BodyHandlers.ofString());
                    if (handedOff.statusCode() != 204) {
                        throw new IllegalStateException(
                                "Hand-off answered " + handedOff.statusCode() + ": " + handedOff.body());
                    }
                    cases.add(caseNumber);
                }
            }
            node.set(PackagedApp.start(jar, folder, port, url, "postgres", "postgres", settings));
            ready.countDown();
            long limit = System.nanoTime() + LIMIT.toNanos();
            while (node.get().isAlive() && System.nanoTime() < limit) {
                Thread.sleep(20);
            }
            long killed = System.nanoTime();
            node.set(PackagedApp.start(jar, folder, port, url, "postgres", "postgres", settings));
            long inQueue;
            long forwardedOnce;
            long incidents;
            try (var queued = db.prepareStatement("select count(*) from act_ru_task t "
                    + "join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                    + "where t.task_def_key_ = 'UserTask_ResolveBillingIssue' "
                    + "and e.business_key_ = any (?)")) {
                queued.setArray(1, db.createArrayOf("varchar", cases.toArray()));
                while (Workload.count(queued) < handoffs && System.nanoTime() < limit) {
                    Thread.sleep(200);
                }
                inQueue = Workload.count(queued);
            }
            double secondsAfterKill = (System.nanoTime() - killed) / 1e9;
            try (var once = db.prepareStatement("select count(*) from (select case_number "
                    + "from case_status_update where event = 'FORWARDED_TO_BILLING' "
                    + "and case_number = any (?) group by case_number having count(*) = 1) single")) {
                once.setArray(1, db.createArrayOf("varchar", cases.toArray()));
                forwardedOnce = Workload.count(once);
            }
            incidents = Workload.count(db, "select count(*) from act_ru_incident");
            long deliveredAgain = answeredBeforeTheKill.stream()
                    .filter(key -> deliveries.get(key) == 2)
                    .count();
            return new Outcome("R5 billing worker killed mid hand-off")
                    .figure("%d hand-offs; killed after the billing system answered %s, started again; "
                                    .formatted(handoffs, answeredBeforeTheKill)
                            + "all in the billing queue %.1f s after the kill (lock %d s)"
                                    .formatted(secondsAfterKill, LOCK.toSeconds()))
                    .figure("billing system: %d deliveries of %d keys, %d answered before the kill "
                                    .formatted(
                                            deliveries.values().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .sum(),
                                            deliveries.size(),
                                            answeredBeforeTheKill.size())
                            + "delivered again with the same key %d; timeline: forwarded once %d of %d; "
                                    .formatted(deliveredAgain, forwardedOnce, handoffs)
                            + "in the billing queue %d; incidents %d".formatted(inQueue, incidents))
                    .expect(
                            answeredBeforeTheKill.size() == 1,
                            "the node died after the billing system " + "answered one hand-off")
                    .expect(
                            deliveredAgain == answeredBeforeTheKill.size(),
                            "the hand-off is delivered again, with the same Idempotency-Key")
                    .expect(
                            deliveries.size() == handoffs,
                            "one key per hand-off: the billing system " + "books each once")
                    .expect(forwardedOnce == handoffs, "each hand-off is on the timeline once")
                    .expect(inQueue == handoffs && incidents == 0, "every case reaches the billing queue, no incident");
        } finally {
            if (node.get() != null) {
                node.get().close();
            }
            billing.stop(0);
        }
    }

    /** Books the hand-off under its key; the first answer ever is the node's last act. */
    private void answerThenKill(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        exchange.getRequestBody().readAllBytes();
        int delivery = deliveries.merge(key, 1, Integer::sum);
        boolean last = delivery == 1 && answeredBeforeTheKill.isEmpty();
        if (last) {
            try {
                ready.await(LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] receipt =
                ("{\"reference\": \"BILL-" + Math.abs(key.hashCode()) + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, receipt.length);
        exchange.getResponseBody().write(receipt);
        exchange.close();
        if (last) {
            answeredBeforeTheKill.add(key);
            try {
                node.get().kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
