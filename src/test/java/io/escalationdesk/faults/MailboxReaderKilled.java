package io.escalationdesk.faults;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R8: the node is killed ({@code kill -9}) while it reads customers' answers from the support
 * mailbox, some stored and not yet marked seen. Started again, it reads the mailbox again: every
 * answer is stored once and on its case's timeline once, and the mailbox has nothing unseen left.
 */
final class MailboxReaderKilled {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    /** The scenario's customers, apart from the other scenarios' on the same database. */
    private static final long FIRST_CUSTOMER = 8_000_000L;
    /** The cases the answers are about, not the other scenarios' on the same database. */
    private static final String OF_THE_ANSWERS = "and case_number in (select case_number from inbound_message) ";

    private MailboxReaderKilled() {}

    static Outcome run(Path jar, Path folder, String url, Connection db, int answers) throws Exception {
        GreenMail mailServer = Workload.mailServerWithSupportMailbox();
        Map<String, String> settings = Workload.mailAndMailboxOf(mailServer);
        int port = PackagedApp.freePort();
        try {
            PackagedApp node = PackagedApp.start(jar, folder, port, url, "postgres", "postgres", settings);
            long storedAtKill;
            try {
                Workload.openCases(node, answers, FIRST_CUSTOMER);
                List<MimeMessage> mails = new ArrayList<>();
                for (MimeMessage ours : Workload.awaitFirstMails(mailServer, answers, FIRST_CUSTOMER)) {
                    mails.add(Workload.answerTo(ours));
                }
                GreenMailUser mailbox = mailServer.getUserManager().getUserByEmail(Workload.SUPPORT);
                for (MimeMessage mail : mails) {
                    mailbox.deliver(mail);
                }
                long limit = System.nanoTime() + LIMIT.toNanos();
                while (stored(db) < answers / 3 && System.nanoTime() < limit) {
                    Thread.sleep(5);
                }
            } finally {
                node.kill();
            }
            storedAtKill = stored(db);
            long killed = System.nanoTime();
            try (PackagedApp again = PackagedApp.start(jar, folder, port, url, "postgres", "postgres", settings)) {
                long limit = System.nanoTime() + LIMIT.toNanos();
                while (Workload.count(db, "select count(*) from inbound_message " + "where status = 'THREADED'")
                                < answers
                        && System.nanoTime() < limit) {
                    Thread.sleep(200);
                }
                double seconds = (System.nanoTime() - killed) / 1e9;
                long stored = stored(db);
                long landed = Workload.count(db, "select count(*) from inbound_message where status = 'THREADED'");
                long onTimelineOnce = Workload.count(
                        db,
                        "select count(*) from (select case_number "
                                + "from case_status_update where event = 'CUSTOMER_CONTACTED' " + OF_THE_ANSWERS
                                + "group by case_number having count(*) = 1) once");
                long onTimelineTwice = Workload.count(
                        db,
                        "select count(*) from (select case_number "
                                + "from case_status_update where event = 'CUSTOMER_CONTACTED' " + OF_THE_ANSWERS
                                + "group by case_number having count(*) > 1) twice");
                int unseen = mailServer
                        .getManagers()
                        .getImapHostManager()
                        .getInbox(mailServer.getUserManager().getUserByEmail(Workload.SUPPORT))
                        .getUnseenCount();
                return new Outcome("R8 node killed while reading the mailbox")
                        .figure("%d answers in the mailbox; killed with %d stored; all landed %.1f s after "
                                        .formatted(answers, storedAtKill, seconds)
                                + "the kill; stored %d, threaded %d, on the timeline once %d, twice %d; unseen %d"
                                        .formatted(stored, landed, onTimelineOnce, onTimelineTwice, unseen))
                        .expect(
                                storedAtKill > 0 && storedAtKill < answers,
                                "the node was killed while it read the mailbox")
                        .expect(stored == answers, "every answer stored once")
                        .expect(landed == answers, "every answer on its case")
                        .expect(
                                onTimelineOnce == answers && onTimelineTwice == 0,
                                "every answer on its case's timeline once")
                        .expect(unseen == 0, "nothing unseen left in the mailbox");
            }
        } finally {
            mailServer.stop();
        }
    }

    private static long stored(Connection db) throws Exception {
        return Workload.count(db, "select count(*) from inbound_message");
    }
}
