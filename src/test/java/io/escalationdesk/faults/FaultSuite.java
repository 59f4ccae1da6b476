package io.escalationdesk.faults;

import io.escalationdesk.benchmark.PackagedApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The fault suite ({@code mvn -Pfaults verify}, README "Guarantees"): the packaged jar on a
 * PostgreSQL of its own (and on the embedded H2 default where the promise is the database's),
 * loopback only, every loop bounded. Each scenario prints its figures and PASS or FAIL; the
 * suite fails when one does.
 *
 * <p>Arguments: the jar, the intakes of R1 per database (R4 sends a quarter of them), the timers
 * of R2, the seconds SMTP is down in R3, the seconds the database is down in R4, the races of
 * R6, and optionally the scenarios to run ("R4,R6"; all without).
 */
public final class FaultSuite {

    /** Customer mails (and SMS) R3 sends through each outage. */
    private static final int MAILS = 50;
    /** Cases R5 hands to billing, more than the worker fetches at once (10). */
    private static final int HANDOFFS = 20;
    /** Customers' answers R8 puts into the mailbox before the node is killed reading them. */
    private static final int ANSWERS = 150;

    private FaultSuite() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int intakes = Integer.parseInt(args[1]);
        int timers = Integer.parseInt(args[2]);
        Duration smtpDown = Duration.ofSeconds(Long.parseLong(args[3]));
        Duration databaseDown = Duration.ofSeconds(Long.parseLong(args[4]));
        int races = Integer.parseInt(args[5]);
        Set<String> chosen = args.length > 6 && !args[6].equals("all") ? Set.of(args[6].split(",")) : null;
        Path folder = jar.getParent().resolve("faults");
        List<Outcome> outcomes = new ArrayList<>();
        Predicate<String> runs = name -> chosen == null || chosen.contains(name.split(" ")[0]);
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Path onPostgres = fresh(folder.resolve("r1-postgres"));
            int port = PackagedApp.freePort();
            scenario(
                    runs,
                    outcomes,
                    "R1 crash during intake, PostgreSQL",
                    () -> CrashDuringIntake.run(
                            "PostgreSQL",
                            () -> PackagedApp.start(jar, onPostgres, port, url, "postgres", "postgres"),
                            () -> postgres.getPostgresDatabase().getConnection(),
                            intakes));

            Path onH2 = fresh(folder.resolve("r1-h2"));
            String h2 = "jdbc:h2:file:" + onH2.resolve("data/escalation-desk").toAbsolutePath();
            scenario(
                    runs,
                    outcomes,
                    "R1 crash during intake, H2",
                    () -> CrashDuringIntake.run(
                            "embedded H2",
                            () -> PackagedApp.startOnH2(jar, onH2, port),
                            () -> DriverManager.getConnection(h2, "sa", ""),
                            intakes));

            scenario(
                    runs,
                    outcomes,
                    "R2 two nodes, one timer storm",
                    () -> TwoNodeTimerStorm.run(jar, fresh(folder.resolve("r2")), url, timers));

            scenario(
                    runs,
                    outcomes,
                    "R3 SMTP outages",
                    () -> SmtpOutages.run(jar, fresh(folder.resolve("r3")), url, smtpDown, MAILS));

            scenario(
                    runs,
                    outcomes,
                    "R4 database restart under load",
                    () -> DatabaseRestart.run(jar, fresh(folder.resolve("r4")), intakes / 4, databaseDown));

            scenario(runs, outcomes, "R5 billing worker killed mid hand-off", () -> {
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    return BillingWorkerKilled.run(jar, fresh(folder.resolve("r5")), url, db, HANDOFFS);
                }
            });

            scenario(runs, outcomes, "R6 racing agents", () -> {
                try (PackagedApp app =
                                PackagedApp.start(jar, fresh(folder.resolve("r6")), port, url, "postgres", "postgres");
                        Connection db = postgres.getPostgresDatabase().getConnection()) {
                    return RacingAgents.run(app, db, races);
                }
            });

            scenario(runs, outcomes, "R8 node killed while reading the mailbox", () -> {
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    return MailboxReaderKilled.run(jar, fresh(folder.resolve("r8")), url, db, ANSWERS);
                }
            });

            scenario(
                    runs, outcomes, "Start and stop", () -> StartAndStop.run(jar, fresh(folder.resolve("start-stop"))));
        }
        System.out.println();
        outcomes.forEach(outcome -> System.out.println(outcome.report()));
        long failed = outcomes.stream().filter(outcome -> !outcome.passed()).count();
        System.out.printf(
                "%n%d scenarios, %d passed, %d failed; the apps' logs in %s%n",
                outcomes.size(), outcomes.size() - failed, failed, folder);
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Runs the scenario if it was chosen; one that could not finish fails, with what stopped it. */
    private static void scenario(
            Predicate<String> runs, List<Outcome> outcomes, String name, Callable<Outcome> scenario) {
        if (!runs.test(name)) {
            return;
        }
        System.out.println("== " + name);
        Outcome outcome;
        try {
            outcome = scenario.call();
        } catch (Exception e) {
            e.printStackTrace();
            outcome = new Outcome(name).expect(false, "the scenario finished: " + e);
        }
        System.out.println(outcome.report());
        outcomes.add(outcome);
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
