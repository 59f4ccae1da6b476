package io.escalationdesk.benchmark;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How fast customers' answers land (issue 23): the packaged jar on a PostgreSQL of its own sends
 * the first mail of each of {@code mails} cases over SMTP to a GreenMail; every customer answers
 * it (to its reply address, in its thread) at once into the support mailbox, which the jar reads
 * over IMAP. Measured from the delivery of the answers until the last is on its case's timeline.
 *
 * <p>Prints mails per second from IMAP to the timeline, and checks each landed once.
 * {@code mvn -Pbenchmark verify}; {@code -Dbenchmark.mails=200} for a short run.
 */
public final class InboundMailBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final long FIRST_CUSTOMER = 1;

    private InboundMailBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int mails = Integer.parseInt(args[1]);
        Path folder = jar.getParent().resolve("benchmark-inbound");
        GreenMail mailServer = Workload.mailServerWithSupportMailbox();
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            int port = PackagedApp.freePort();
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            System.out.printf(
                    "PostgreSQL on port %d, the app on %d; its log in %s%n",
                    postgres.getPort(), port, folder.resolve("app.log"));
            try (PackagedApp app = PackagedApp.start(
                            jar, folder, port, jdbcUrl, "postgres", "postgres", Workload.mailAndMailboxOf(mailServer));
                    Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                Workload.openCases(app, mails, FIRST_CUSTOMER);
                List<MimeMessage> answers = new ArrayList<>();
                for (MimeMessage ours : Workload.awaitFirstMails(mailServer, mails, FIRST_CUSTOMER)) {
                    answers.add(Workload.answerTo(ours));
                }
                GreenMailUser mailbox = mailServer.getUserManager().getUserByEmail(Workload.SUPPORT);
                long start = System.nanoTime();
                for (MimeMessage answer : answers) {
                    mailbox.deliver(answer);
                }
                long limit = start + PATIENCE.toNanos();
                while (Workload.count(db, "select count(*) from inbound_message where status = 'THREADED'") < mails) {
                    if (System.nanoTime() > limit) {
                        throw new IllegalStateException("Not all answers landed within " + PATIENCE);
                    }
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long stored = Workload.count(db, "select count(*) from inbound_message");
                long contacts = Workload.count(
                        db, "select count(*) from case_status_update " + "where event = 'CUSTOMER_CONTACTED'");
                System.out.printf(
                        Locale.ROOT,
                        "%nInbound mail: %d answers from IMAP to the timeline in "
                                + "%.1f s: %.1f mails/s; stored %d, on the timeline %d (each once: %s)%n",
                        mails,
                        seconds,
                        mails / seconds,
                        stored,
                        contacts,
                        stored == mails && contacts == mails);
            }
        } finally {
            mailServer.stop();
        }
    }
}
