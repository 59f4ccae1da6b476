package io.escalationdesk.faults;

import com.icegreen.greenmail.util.GreenMail;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.TimerStormBenchmark;
import io.escalationdesk.benchmark.TimerStormBenchmark.Storm;
import io.escalationdesk.benchmark.Workload;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * R2: two nodes on one database, the SLA timers of Tier 1 cases all due together. Both nodes'
 * job executors take them; each timer runs once: no timeline entry twice, no supervisor mail
 * twice (counted by a real SMTP server), no job left failed.
 */
final class TwoNodeTimerStorm {

    /** First response due, SLA warning and SLA breach: the timers of a case waiting at Tier 1. */
    private static final int TIMERS_PER_CASE = 3;

    private TwoNodeTimerStorm() {}

    static Outcome run(Path jar, Path folder, String url, int timers) throws Exception {
        GreenMail smtp = Workload.mailServer();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                PackagedApp first = PackagedApp.start(
                        jar,
                        folder.resolve("node-1"),
                        PackagedApp.freePort(),
                        url,
                        "postgres",
                        "postgres",
                        Workload.mailTo(smtp));
                PackagedApp second = PackagedApp.start(
                        jar,
                        folder.resolve("node-2"),
                        PackagedApp.freePort(),
                        url,
                        "postgres",
                        "postgres",
                        Workload.mailTo(smtp))) {
            List<String> cases = TimerStormBenchmark.openCases(first, timers / TIMERS_PER_CASE);
            Storm storm = TimerStormBenchmark.storm(db, smtp, cases);
            return new Outcome("R2 two nodes, one timer storm")
                    .figure("%,d timers of %,d cases due at once on two nodes, drained in %.1f s"
                            .formatted(storm.timers(), storm.cases(), storm.seconds()))
                    .figure("failed jobs %d; twice: %d timeline entries, %d of %,d supervisor mails"
                            .formatted(
                                    storm.failedJobs(),
                                    storm.duplicateEntries(),
                                    storm.duplicateMails(),
                                    storm.supervisorMails()))
                    .expect(
                            storm.timers() >= timers / TIMERS_PER_CASE * TIMERS_PER_CASE,
                            "every case's three timers were due")
                    .expect(storm.failedJobs() == 0, "no timer job failed")
                    .expect(storm.duplicateEntries() == 0, "each timer's timeline entry once")
                    .expect(storm.duplicateMails() == 0, "each supervisor mail once")
                    .expect(storm.supervisorMails() > 0, "the storm sent supervisor mails");
        } finally {
            smtp.stop();
        }
    }
}
