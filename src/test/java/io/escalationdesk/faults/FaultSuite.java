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
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The fault suite ({@code mvn -Pfaults verify}, README "Guarantees"): the packaged jar on a
 * PostgreSQL of its own (and on the embedded H2 default where the promise is the database's),
 * loopback only, every loop bounded. Each scenario prints its figures and PASS or FAIL; the
 * suite fails when one does.
 *
 * <p>Arguments: the jar, the intakes of R1 per database, the timers of R2, the seconds SMTP is
 * down in R3, the races of R6.
 */
public final class FaultSuite {

  /** Customer mails (and SMS) R3 sends through each outage. */
  private static final int MAILS = 50;

  private FaultSuite() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    int intakes = Integer.parseInt(args[1]);
    int timers = Integer.parseInt(args[2]);
    Duration smtpDown = Duration.ofSeconds(Long.parseLong(args[3]));
    int races = Integer.parseInt(args[4]);
    Path folder = jar.getParent().resolve("faults");
    List<Outcome> outcomes = new ArrayList<>();
    try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Path onPostgres = fresh(folder.resolve("r1-postgres"));
      int port = PackagedApp.freePort();
      outcomes.add(scenario("R1 crash during intake, PostgreSQL", () -> CrashDuringIntake.run(
          "PostgreSQL", () -> PackagedApp.start(jar, onPostgres, port, url, "postgres", "postgres"),
          () -> postgres.getPostgresDatabase().getConnection(), intakes)));

      Path onH2 = fresh(folder.resolve("r1-h2"));
      String h2 = "jdbc:h2:file:" + onH2.resolve("data/escalation-desk").toAbsolutePath();
      outcomes.add(scenario("R1 crash during intake, H2", () -> CrashDuringIntake.run(
          "embedded H2", () -> PackagedApp.startOnH2(jar, onH2, port),
          () -> DriverManager.getConnection(h2, "sa", ""), intakes)));

      outcomes.add(scenario("R2 two nodes, one timer storm", () ->
          TwoNodeTimerStorm.run(jar, fresh(folder.resolve("r2")), url, timers)));

      outcomes.add(scenario("R3 SMTP outages", () ->
          SmtpOutages.run(jar, fresh(folder.resolve("r3")), url, smtpDown, MAILS)));

      outcomes.add(scenario("R6 racing agents", () -> {
        try (PackagedApp app = PackagedApp.start(jar, fresh(folder.resolve("r6")), port, url,
            "postgres", "postgres");
            Connection db = postgres.getPostgresDatabase().getConnection()) {
          return RacingAgents.run(app, db, races);
        }
      }));
    }
    System.out.println();
    outcomes.forEach(outcome -> System.out.println(outcome.report()));
    long failed = outcomes.stream().filter(outcome -> !outcome.passed()).count();
    System.out.printf("%n%d scenarios, %d passed, %d failed; the apps' logs in %s%n",
        outcomes.size(), outcomes.size() - failed, failed, folder);
    System.exit(failed == 0 ? 0 : 1);
  }

  /** A scenario that could not finish fails, with what stopped it. */
  private static Outcome scenario(String name, Callable<Outcome> scenario) {
    System.out.println("== " + name);
    try {
      Outcome outcome = scenario.call();
      System.out.println(outcome.report());
      return outcome;
    } catch (Exception e) {
      e.printStackTrace();
      return new Outcome(name).expect(false, "the scenario finished: " + e);
    }
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
