package io.escalationdesk.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * R1: intakes with Idempotency-Keys from clients that retry what failed; the node is killed
 * with SIGKILL while they send and started again on the same database. Every key answered 2xx
 * has exactly one case with exactly one process, and asking again with it returns that case.
 */
final class CrashDuringIntake {

    /** Opens the node again on the same database, ready to serve. */
    interface Node {
        PackagedApp start() throws IOException, InterruptedException;
    }

    /** The node's database, to count what it kept; called after the node stopped. */
    interface Database {
        Connection open() throws SQLException;
    }

    private static final int CLIENTS = 8;
    private static final Duration LIMIT = Duration.ofMinutes(30);
    /** Keys asked again after the restart, from those answered before the kill. */
    private static final int KEYS_ASKED_AGAIN = 200;

    private static final ObjectMapper json = new ObjectMapper();

    private final AtomicReference<PackagedApp> app = new AtomicReference<>();
    private final RetryingIntakes clients = new RetryingIntakes("r1-intake-", 1_000_000L, app::get);

    static Outcome run(String database, Node node, Database db, int intakes) throws Exception {
        return new CrashDuringIntake().crash(database, node, db, intakes);
    }

    private Outcome crash(String database, Node node, Database db, int intakes) throws Exception {
        try {
            return crashUnderLoad(database, node, db, intakes);
        } finally {
            if (app.get() != null) {
                app.get().close();
            }
        }
    }

    private Outcome crashUnderLoad(String database, Node node, Database db, int intakes) throws Exception {
        Outcome outcome = new Outcome("R1 crash during intake, " + database);
        app.set(node.start());
        long started = System.nanoTime();
        clients.start(CLIENTS, intakes, started + LIMIT.toNanos());
        Map<Integer, String> acknowledged = clients.acknowledged();
        // kill -9 with two fifths answered, start again at once; the clients keep retrying
        while (acknowledged.size() < intakes * 2 / 5 && System.nanoTime() < started + LIMIT.toNanos()) {
            Thread.sleep(20);
        }
        int answeredAtKill = acknowledged.size();
        Set<Integer> acknowledgedBeforeKill = Set.copyOf(acknowledged.keySet());
        app.get().kill();
        long down = System.nanoTime();
        app.set(node.start());
        double restartSeconds = (System.nanoTime() - down) / 1e9;
        clients.awaitAll();
        double seconds = (System.nanoTime() - started) / 1e9;

        int askedAgain = 0;
        int sameCase = 0;
        for (int key :
                acknowledgedBeforeKill.stream().sorted().limit(KEYS_ASKED_AGAIN).toList()) {
            askedAgain++;
            HttpResponse<String> again = clients.send(key);
            if (again.statusCode() == 200
                    && acknowledged
                            .get(key)
                            .equals(json.readTree(again.body())
                                    .get("caseNumber")
                                    .asText())) {
                sameCase++;
            }
        }
        app.get().close();

        Set<String> kept = new HashSet<>();
        long cases;
        long withoutProcess;
        long processes;
        long casesWithOtherThanOneProcess;
        try (Connection connection = db.open()) {
            try (ResultSet rows =
                    connection.createStatement().executeQuery("select case_number from escalation_case")) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
            cases = Workload.count(connection, "select count(*) from escalation_case");
            withoutProcess = Workload.count(
                    connection,
                    "select count(*) from escalation_case c "
                            + "where not exists (select 1 from act_hi_procinst p "
                            + "where p.id_ = c.process_instance_id and p.business_key_ = c.case_number)");
            processes = Workload.count(
                    connection, "select count(*) from act_hi_procinst " + "where proc_def_key_ = 'CustomerEscalation'");
            casesWithOtherThanOneProcess = Workload.count(
                    connection,
                    "select count(*) from ("
                            + "select c.case_number from escalation_case c left join act_hi_procinst p "
                            + "on p.business_key_ = c.case_number and p.proc_def_key_ = 'CustomerEscalation' "
                            + "group by c.case_number having count(p.id_) <> 1) odd");
        }
        Set<String> answered = new HashSet<>(acknowledged.values());
        long lost = answered.stream()
                .filter(caseNumber -> !kept.contains(caseNumber))
                .count();
        long duplicates = cases - answered.size();
        return outcome.figure("%d intakes by %d clients in %.1f s, %d requests (%d refused or unanswered, "
                                .formatted(intakes, CLIENTS, seconds, clients.attempts(), clients.refused())
                        + "retried); killed with %d answered, ready again after %.1f s"
                                .formatted(answeredAtKill, restartSeconds))
                .figure("answered 2xx: %d keys, %d cases; kept: %d cases, %d processes; lost %d, "
                                .formatted(acknowledged.size(), answered.size(), cases, processes, lost)
                        + "duplicates %d, cases without their process %d, with other than one %d"
                                .formatted(duplicates, withoutProcess, casesWithOtherThanOneProcess))
                .figure("asked again after the restart: %d keys answered before the kill, %d gave their case"
                        .formatted(askedAgain, sameCase))
                .expect(acknowledged.size() == intakes, "every intake answered 2xx in the end")
                .expect(lost == 0, "no answered case lost")
                .expect(duplicates == 0, "no case twice")
                .expect(
                        withoutProcess == 0 && casesWithOtherThanOneProcess == 0 && processes == cases,
                        "every case has exactly one process")
                .expect(sameCase == askedAgain, "a key answered before the kill still names its case");
    }
}
