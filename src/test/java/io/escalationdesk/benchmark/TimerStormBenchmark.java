package io.escalationdesk.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 14's P3, the Monday morning: the SLA timers of a weekend's cases all due at once. Opens
 * Tier 1 cases through the API on a PostgreSQL and an SMTP server (GreenMail) it starts itself,
 * then makes their timers (first response, SLA warning, SLA breach) due now, as the business
 * calendar does at 08:00, and waits until none of them is left: first with one node, then with
 * another batch of cases and a second node on the same database. Prints how long each storm
 * took to drain, timers per second, and the duplicates: a case with two timeline entries for one
 * timer, a supervisor mail received twice.
 *
 * <p>{@code mvn -Pbenchmark verify}; {@code -Dbenchmark.timers=3000} for a short run.
 */
public final class TimerStormBenchmark {

    private static final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** First response due, SLA warning and SLA breach: the timers of a case waiting at Tier 1. */
    private static final int TIMERS_PER_CASE = 3;

    private static final int CONNECTIONS = 16;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(30);
    private static final String SUPERVISORS = "team-leads@example.com";
    private static final List<String> TIMER_EVENTS = List.of("FIRST_RESPONSE_MISSED", "SLA_WARNING", "SLA_BREACHED");

    private TimerStormBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int cases = Integer.parseInt(args[1]) / TIMERS_PER_CASE;
        Path folder = jar.getParent().resolve("benchmark-timers");
        GreenMail smtp = Workload.mailServer();
        try (EmbeddedPostgres postgres = PackagedApp.postgres()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> mail = Workload.mailTo(smtp);
            System.out.printf(
                    "PostgreSQL on port %d, SMTP on %d; the nodes' logs in %s%n",
                    postgres.getPort(), smtp.getSmtp().getPort(), folder);
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                    PackagedApp first = PackagedApp.start(
                            jar, folder.resolve("node-1"), PackagedApp.freePort(), url, "postgres", "postgres", mail)) {
                List<String> oneNode = openCases(first, cases);
                storm("one node", db, smtp, oneNode);
                List<String> twoNodes = openCases(first, cases);
                try (PackagedApp second = PackagedApp.start(
                        jar, folder.resolve("node-2"), PackagedApp.freePort(), url, "postgres", "postgres", mail)) {
                    storm("two nodes", db, smtp, twoNodes);
                }
            }
        } finally {
            smtp.stop();
        }
    }

    /** What a storm left: how long it took and what happened twice. */
    public record Storm(
            long timers,
            int cases,
            double seconds,
            long failedJobs,
            long duplicateEntries,
            long supervisorMails,
            long duplicateMails) {

        String report(String nodes) {
            return String.format(
                    Locale.ROOT,
                    "%,d timers of %,d cases due at once on %s, drained in "
                            + "%.1f s = %.0f timers/s; %d failed jobs; duplicates: %d timeline entries, %d "
                            + "supervisor mails (of %,d)",
                    timers,
                    cases,
                    nodes,
                    seconds,
                    timers / seconds,
                    failedJobs,
                    duplicateEntries,
                    duplicateMails,
                    supervisorMails);
        }
    }

    /** Tier 1 cases, as the README's intake example, once every message about them is sent. */
    public static List<String> openCases(PackagedApp app, int cases) throws Exception {
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        Instant start = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        for (int i = 0; i < CONNECTIONS; i++) {
            clients.execute(() -> {
                int customer;
                while ((customer = next.getAndIncrement()) < cases) {
                    try {
                        numbers.add(Workload.openCase(http, app, customer));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(2, TimeUnit.HOURS);
        if (numbers.size() != cases) {
            throw new IllegalStateException("Only " + numbers.size() + " of " + cases + " cases opened");
        }
        System.out.printf(
                "Opened %,d cases in %d s%n",
                cases, Duration.between(start, Instant.now()).toSeconds());
        return new ArrayList<>(numbers);
    }

    private static void storm(String nodes, Connection db, GreenMail smtp, List<String> cases) throws Exception {
        System.out.printf("%nP3 timer storm: %s%n", storm(db, smtp, cases).report(nodes));
    }

    /**
     * Makes the cases' timers due now and waits until every one of them ran, once every message
     * before it was sent; the supervisor mails counted are those received meanwhile.
     */
    public static Storm storm(Connection db, GreenMail smtp, List<String> cases) throws Exception {
        Workload.awaitQuiet(db);
        int mailsBefore = smtp.getReceivedMessages().length;
        Array numbers = db.createArrayOf("varchar", cases.toArray());
        Instant due = Instant.now();
        long timers;
        try (PreparedStatement makeDue = db.prepareStatement("update act_ru_job set duedate_ = ? "
                + "where type_ = 'timer' and process_instance_id_ in (select process_instance_id from "
                + "escalation_case where case_number = any(?))")) {
            makeDue.setTimestamp(1, Timestamp.from(due));
            makeDue.setArray(2, numbers);
            timers = makeDue.executeUpdate();
        }
        long start = System.nanoTime();
        try (PreparedStatement left = db.prepareStatement(
                "select count(*) from act_ru_job where " + "type_ = 'timer' and retries_ > 0 and duedate_ <= ?")) {
            left.setTimestamp(1, Timestamp.from(due));
            Workload.awaitNone(left);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Workload.awaitQuiet(db);
        long failed = Workload.count(db, "select count(*) from act_ru_job where retries_ = 0");
        long twice;
        try (PreparedStatement duplicates = db.prepareStatement("select count(*) from (select "
                + "case_number, event, level from case_status_update where case_number = any(?) and "
                + "event = any(?) group by case_number, event, level having count(*) > 1) twice")) {
            duplicates.setArray(1, numbers);
            duplicates.setArray(2, db.createArrayOf("varchar", TIMER_EVENTS.toArray()));
            twice = Workload.count(duplicates);
        }
        Map<String, Integer> bySubjectAndCase = new HashMap<>();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = mailsBefore; i < received.length; i++) {
            if (isTo(received[i], SUPERVISORS)) {
                bySubjectAndCase.merge(received[i].getSubject() + "\n" + body(received[i]), 1, Integer::sum);
            }
        }
        long supervisorMails =
                bySubjectAndCase.values().stream().mapToLong(Integer::longValue).sum();
        return new Storm(
                timers,
                cases.size(),
                seconds,
                failed,
                twice,
                supervisorMails,
                supervisorMails - bySubjectAndCase.size());
    }

    private static boolean isTo(MimeMessage message, String address) throws MessagingException {
        return message.getAllRecipients()[0].toString().contains(address);
    }

    private static String body(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }
}
