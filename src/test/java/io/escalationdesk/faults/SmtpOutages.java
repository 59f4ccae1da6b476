package io.escalationdesk.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.escalationdesk.benchmark.PackagedApp;
import io.escalationdesk.benchmark.Workload;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * R3: the SMTP server is down for a while, then back: each customer mail queued meanwhile
 * arrives exactly once. Then an SMTP server that accepts connections and never answers: SMS go
 * out meanwhile, and after the last attempt each mail is FAILED, in the metric and on the case.
 * Then one connection hangs and the others are answered: no other mail waits for it.
 */
final class SmtpOutages {

    private static final ObjectMapper json = new ObjectMapper();
    /** The app's {@code mail.smtp.timeout}: how long a send waits for a silent server. */
    private static final Duration SMTP_READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration DELIVERY_LIMIT = Duration.ofMinutes(20);
    /** The dispatcher's default round ({@code escalation.notification.dispatch-every}) and a margin. */
    private static final Duration DISPATCH_ROUND = Duration.ofSeconds(3);
    /** How an operator shortens the retries for the hanging server's part: FAILED within a minute. */
    private static final Map<String, String> QUICK_RETRIES =
            Map.of("ESCALATION_NOTIFICATION_FIRSTRETRY", "PT2S", "ESCALATION_NOTIFICATION_MAXATTEMPTS", "2");

    private final HttpClient http = HttpClient.newHttpClient();

    private SmtpOutages() {}

    static Outcome run(Path jar, Path folder, String url, Duration outage, int cases) throws Exception {
        return new SmtpOutages().outages(jar, folder, url, outage, cases);
    }

    private Outcome outages(Path jar, Path folder, String url, Duration outage, int cases) throws Exception {
        Outcome outcome = new Outcome("R3 SMTP outages");
        int smtpPort = PackagedApp.freePort();
        Map<String, String> mail =
                Map.of("MAIL_HOST", "127.0.0.1", "MAIL_PORT", String.valueOf(smtpPort), "MAIL_STARTTLS", "false");
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            // down, then back
            List<String> duringOutage = new ArrayList<>();
            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            try (PackagedApp app = PackagedApp.start(
                    jar, folder.resolve("down-then-back"), PackagedApp.freePort(), url, "postgres", "postgres", mail)) {
                long down = System.nanoTime();
                for (int i = 0; i < cases; i++) {
                    duringOutage.add(Workload.openCase(http, app, 3_000_000L + i));
                }
                Thread.sleep(Math.max(0, outage.toMillis() - (System.nanoTime() - down) / 1_000_000));
                smtp.start();
                long back = System.nanoTime();
                long sent = awaitStatus(db, duringOutage, "SENT", cases);
                double recoverySeconds = (System.nanoTime() - back) / 1e9;
                Map<String, Integer> received = receivedByRecipient(smtp, cases);
                long once = received.values().stream().filter(n -> n == 1).count();
                outcome.figure("SMTP down %d s while %d cases came in, then back: all %d mails sent %.1f s "
                                        .formatted(outage.toSeconds(), cases, sent, recoverySeconds)
                                + "after; received %d mails for %d customers, %d of them once"
                                        .formatted(smtp.getReceivedMessages().length, received.size(), once))
                        .expect(sent == cases, "every mail queued during the outage sent after it")
                        .expect(received.size() == cases && once == cases, "each mail arrives exactly once");
            } finally {
                smtp.stop();
            }

            // a server that accepts and never answers
            try (SmtpFront front = new SmtpFront(new ServerSocket(smtpPort, 50, InetAddress.getLoopbackAddress()))) {
                Path appFolder = folder.resolve("hanging");
                Map<String, String> settings = new HashMap<>(mail);
                settings.putAll(QUICK_RETRIES);
                try (PackagedApp app = PackagedApp.start(
                        jar, appFolder, PackagedApp.freePort(), url, "postgres", "postgres", settings)) {
                    List<String> byMail = new ArrayList<>();
                    List<String> bySms = new ArrayList<>();
                    // each mail holds a sender for two read timeouts: a quarter keeps the part short
                    int hangingCases = cases / 4;
                    long start = System.nanoTime();
                    for (int i = 0; i < hangingCases; i++) {
                        byMail.add(Workload.openCase(http, app, 4_000_000L + i));
                        bySms.add(openSmsCase(app, 5_000_000L + i));
                    }
                    long smsSent = awaitStatus(db, bySms, "SENT", hangingCases);
                    double smsSeconds = (System.nanoTime() - start) / 1e9;
                    double slowestSms = slowest(db, bySms);
                    long smsFiles = files(appFolder.resolve("data/outgoing-sms"));
                    long failed = awaitStatus(db, byMail, "FAILED", hangingCases);
                    double failedSeconds = (System.nanoTime() - start) / 1e9;
                    double metric = failedMetric(app);
                    int onTheCase = failedOnTheCase(app, byMail.get(0));
                    outcome.figure("SMTP accepting and never answering: %d SMS sent within %.1f s (%d files), "
                                            .formatted(smsSent, smsSeconds, smsFiles)
                                    + "the slowest %.1f s after it was queued; ".formatted(slowestSms)
                                    + "%d mails FAILED after %.1f s; metric FAILED %.0f; first case shows %d FAILED"
                                            .formatted(failed, failedSeconds, metric, onTheCase))
                            .expect(smsSent == hangingCases && smsFiles >= hangingCases, "SMS go out while SMTP hangs")
                            .expect(
                                    slowestSms < SMTP_READ_TIMEOUT.toSeconds(),
                                    "no SMS waits as long as one hanging SMTP connection")
                            .expect(failed == hangingCases, "after the last attempt every mail is FAILED")
                            .expect(metric >= hangingCases, "the FAILED mails are in the metric")
                            .expect(onTheCase == 1, "the case shows its FAILED mail");
                    oneConnectionHangs(app, db, front, cases / 4, outcome);
                }
            }
        }
        return outcome;
    }

    /**
     * The next connection hangs, the others reach a real SMTP server: the mails queued after the
     * hanging one do not wait for it, and it is sent once on its next attempt.
     */
    private void oneConnectionHangs(PackagedApp app, Connection db, SmtpFront front, int others, Outcome outcome)
            throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            front.holdNextThenPassTo(1, smtp.getSmtp().getPort());
            int heldBefore = front.held();
            List<String> hanging = List.of(Workload.openCase(http, app, 6_000_000L));
            long limit = System.nanoTime() + SMTP_READ_TIMEOUT.toNanos();
            while (front.held() == heldBefore && System.nanoTime() < limit) {
                Thread.sleep(100);
            }
            List<String> after = new ArrayList<>();
            for (int i = 1; i <= others; i++) {
                after.add(Workload.openCase(http, app, 6_000_000L + i));
            }
            long othersSent = awaitStatus(db, after, "SENT", others);
            double slowestOther = slowest(db, after);
            long hangingSent = awaitStatus(db, hanging, "SENT", 1);
            Map<String, Integer> received = receivedByRecipient(smtp, others + 1);
            long once = received.values().stream().filter(n -> n == 1).count();
            outcome.figure(("one SMTP connection hanging, the others answered: the %d mails queued after "
                                    + "it sent, the slowest %.1f s after it was queued; the hanging one sent on a later "
                                    + "attempt: %d; received %d mails for %d customers, %d of them once")
                            .formatted(
                                    othersSent,
                                    slowestOther,
                                    hangingSent,
                                    smtp.getReceivedMessages().length,
                                    received.size(),
                                    once))
                    .expect(
                            othersSent == others && slowestOther < SMTP_READ_TIMEOUT.toSeconds(),
                            "no other mail waits for the hanging connection")
                    .expect(
                            hangingSent == 1 && received.size() == others + 1 && once == others + 1,
                            "the hanging mail is sent on its next attempt, each mail arrives exactly once");
        } finally {
            smtp.stop();
        }
    }

    /**
     * The mails the server received, counted by recipient, once a mail sent twice would be in: the
     * expected number held still for a dispatch round, or whatever came within ten rounds (the
     * callers have waited for every mail to be SENT already).
     */
    private static Map<String, Integer> receivedByRecipient(GreenMail smtp, int expected) throws MessagingException {
        try {
            Awaitility.await()
                    .during(DISPATCH_ROUND)
                    .atMost(DISPATCH_ROUND.multipliedBy(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> smtp.getReceivedMessages().length == expected);
        } catch (ConditionTimeoutException moreOrFewer) {
            // the counts below say which
        }
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
        }
        return received;
    }

    /** From queued to sent, the slowest of the cases' notifications. */
    private static double slowest(Connection db, List<String> cases) throws Exception {
        try (var query = db.prepareStatement("select max(extract(epoch from sent_at - created_at)) "
                + "from notification_outbox where case_number = any(?)")) {
            query.setArray(1, db.createArrayOf("varchar", cases.toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getDouble(1);
            }
        }
    }

    /** Until every case's customer notification has the status; how many have it. */
    private static long awaitStatus(Connection db, List<String> cases, String status, int expected) throws Exception {
        long limit = System.nanoTime() + DELIVERY_LIMIT.toNanos();
        long count;
        try (var query = db.prepareStatement(
                "select count(*) from notification_outbox where " + "case_number = any(?) and status = ?")) {
            query.setArray(1, db.createArrayOf("varchar", cases.toArray()));
            query.setString(2, status);
            while ((count = Workload.count(query)) < expected && System.nanoTime() < limit) {
                Thread.sleep(500);
            }
        }
        return count;
    }

    /** The README's intake example for a customer who wants SMS. */
    private String openSmsCase(PackagedApp app, long customer) throws Exception {
        return Workload.openCase(
                http,
                app,
                Workload.newCase(customer)
                        .replace(
                                "\"channel\"",
                                "\"customerPhone\": \"+49151%07d\", \"preferredContactChannel\": \"SMS\", \"channel\""
                                        .formatted(customer % 10_000_000)));
    }

    private double failedMetric(PackagedApp app) throws Exception {
        HttpResponse<String> metric = http.send(
                HttpRequest.newBuilder(app.uri("/actuator/metrics/escalation.notifications?tag=status:FAILED"))
                        .header("Authorization", Workload.basic("admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(metric.body())
                .get("measurements")
                .get(0)
                .get("value")
                .asDouble();
    }

    private int failedOnTheCase(PackagedApp app, String caseNumber) throws Exception {
        HttpResponse<String> detail = http.send(
                HttpRequest.newBuilder(app.uri("/api/cases/" + caseNumber))
                        .header("Authorization", Workload.basic("tier1-agent"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        int failed = 0;
        for (var notification : json.readTree(detail.body()).get("notifications")) {
            if ("FAILED".equals(notification.get("status").asText())) {
                failed++;
            }
        }
        return failed;
    }

    private static long files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /**
     * In front of the SMTP port: keeps connections open without a word, as a hung SMTP server
     * does, all of them or the next few, and passes the others on to a real SMTP server.
     */
    private static final class SmtpFront implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> open = new ArrayList<>();
        private final AtomicInteger held = new AtomicInteger();
        private volatile int toHold = Integer.MAX_VALUE;
        private volatile int smtpPort;

        SmtpFront(ServerSocket server) {
            this.server = server;
            Thread acceptor = new Thread(this::accept, "smtp-front");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        /** From now on holds the next connections, as many as given, and passes on the rest. */
        void holdNextThenPassTo(int connections, int port) {
            smtpPort = port;
            toHold = held.get() + connections;
        }

        int held() {
            return held.get();
        }

        private void accept() {
            try {
                while (true) {
                    Socket client = server.accept();
                    synchronized (open) {
                        open.add(client);
                    }
                    if (held.get() < toHold) {
                        held.incrementAndGet();
                    } else {
                        Socket smtp = new Socket(InetAddress.getLoopbackAddress(), smtpPort);
                        synchronized (open) {
                            open.add(smtp);
                        }
                        pipe(client, smtp);
                        pipe(smtp, client);
                    }
                }
            } catch (IOException closed) {
                // the scenario is over
            }
        }

        private static void pipe(Socket from, Socket to) {
            Thread pipe = new Thread(
                    () -> {
                        try {
                            from.getInputStream().transferTo(to.getOutputStream());
                            to.shutdownOutput();
                        } catch (IOException closed) {
                            // one side hung up
                        }
                    },
                    "smtp-front-pipe");
            pipe.setDaemon(true);
            pipe.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (open) {
                for (Socket socket : open) {
                    socket.close();
                }
            }
        }
    }
}
