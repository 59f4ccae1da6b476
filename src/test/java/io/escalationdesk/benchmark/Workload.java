package io.escalationdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the benchmarks and the fault suite send the app and read back from its database and mail
 * server.
 */
public final class Workload {

    private static final ObjectMapper json = new ObjectMapper();
    private static final Duration QUIET_LIMIT = Duration.ofMinutes(30);

    private Workload() {}

    /** A demo user's Basic credentials: the password is the user id. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** As the README's intake example: a delayed refund by phone, at Tier 1. */
    public static String newCase(long customer) {
        return """
        {"customerId": "C-%d", "customerName": "Benchmark Customer",
         "customerEmail": "customer%d@example.com", "channel": "PHONE", "category": "BILLING",
         "priority": "NORMAL", "trigger": "RESOLUTION_DELAYED", "customerSegment": "STANDARD",
         "description": "Refund for order %d still missing"}""".formatted(customer, customer, customer);
    }

    /** Opens {@link #newCase} as tier1-agent; its case number. */
    public static String openCase(HttpClient http, PackagedApp app, long customer)
            throws IOException, InterruptedException {
        return openCase(http, app, newCase(customer));
    }

    /** Opens the case the intake body describes as tier1-agent; its case number. */
    public static String openCase(HttpClient http, PackagedApp app, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(app.uri("/api/cases"))
                        .header("Authorization", basic("tier1-agent"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Intake answered " + created.statusCode() + ": " + created.body());
        }
        return json.readTree(created.body()).get("caseNumber").asText();
    }

    /** A real SMTP server on a free loopback port, and the settings that send the app's mail there. */
    public static GreenMail mailServer() throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** The support mailbox customers answer to, as the app reads it. */
    public static final String SUPPORT = "support@example.com";

    private static final String SUPPORT_PASSWORD = "support-mailbox";

    /**
     * A real SMTP and IMAP server (GreenMail) on free loopback ports: the app sends its mail there,
     * each customer's into their own mailbox, and reads {@link #SUPPORT}'s.
     */
    public static GreenMail mailServerWithSupportMailbox() throws IOException {
        GreenMail server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, SUPPORT, SUPPORT_PASSWORD));
        server.start();
        return server;
    }

    /** The settings that send the app's mail to the server and have it read the support mailbox. */
    public static Map<String, String> mailAndMailboxOf(GreenMail server) {
        Map<String, String> settings = new HashMap<>(mailTo(server));
        settings.putAll(Map.of(
                "IMAP_HOST",
                "127.0.0.1",
                "IMAP_PORT",
                String.valueOf(server.getImap().getPort()),
                "IMAP_PROTOCOL",
                "imap",
                "IMAP_USER",
                SUPPORT,
                "IMAP_PASSWORD",
                SUPPORT_PASSWORD,
                "IMAP_POLL_EVERY",
                "PT1S",
                "MAIL_FROM",
                "Escalation Desk <" + SUPPORT + ">"));
        return settings;
    }

    /**
     * Until each of the customers of {@link #openCases} received a mail from the app; the first
     * mail of each. Other mails the server gets (a supervisor's, another run's) are not theirs.
     */
    public static List<MimeMessage> awaitFirstMails(GreenMail server, int count, long firstCustomer)
            throws InterruptedException, MessagingException {
        long limit = System.nanoTime() + QUIET_LIMIT.toNanos();
        while (true) {
            Map<String, MimeMessage> first = new LinkedHashMap<>();
            for (MimeMessage mail : server.getReceivedMessages()) {
                String to = ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
                first.putIfAbsent(to, mail);
            }
            List<MimeMessage> theirs = new ArrayList<>();
            for (long customer = firstCustomer; customer < firstCustomer + count; customer++) {
                MimeMessage mail = first.get("customer" + customer + "@example.com");
                if (mail != null) {
                    theirs.add(mail);
                }
            }
            if (theirs.size() == count) {
                return theirs;
            }
            if (System.nanoTime() > limit) {
                throw new IllegalStateException(count + " mails were not sent within " + QUIET_LIMIT);
            }
            Thread.sleep(100);
        }
    }

    /**
     * What the customer's mail program writes when they answer one of the app's mails: to its
     * Reply-To, in its thread, the mail quoted below.
     */
    public static MimeMessage answerTo(MimeMessage ours) throws MessagingException {
        String customer = ((InternetAddress) ours.getAllRecipients()[0]).getAddress();
        byte[] raw = """
        From: %s
        To: %s
        Subject: Re: %s
        Message-ID: <answer-%s>
        In-Reply-To: %s
        References: %s
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        Here is the order number you asked for: 4711.

        On Thu, 3 Dec 2026, Escalation Desk wrote:
        > %s
        """.formatted(
                        customer,
                        ours.getReplyTo()[0],
                        ours.getSubject(),
                        customer,
                        ours.getMessageID(),
                        ours.getMessageID(),
                        ours.getSubject())
                .getBytes(StandardCharsets.UTF_8);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    /** Opens {@code count} cases, eight at a time; their case numbers. */
    public static List<String> openCases(PackagedApp app, int count, long firstCustomer)
            throws InterruptedException, ExecutionException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> opened = new ArrayList<>();
        for (long customer = firstCustomer; customer < firstCustomer + count; customer++) {
            long number = customer;
            opened.add(pool.submit(() -> openCase(http, app, number)));
        }
        List<String> cases = new ArrayList<>();
        for (Future<String> caseNumber : opened) {
            cases.add(caseNumber.get());
        }
        pool.shutdown();
        return cases;
    }

    public static Map<String, String> mailTo(GreenMail smtp) {
        return Map.of(
                "MAIL_HOST",
                "127.0.0.1",
                "MAIL_PORT",
                String.valueOf(smtp.getSmtp().getPort()),
                "MAIL_STARTTLS",
                "false");
    }

    /** Until no asynchronous step of the engine is due and no message waits to be sent. */
    public static void awaitQuiet(Connection db) throws SQLException, InterruptedException {
        try (PreparedStatement jobs = db.prepareStatement(
                        "select count(*) from act_ru_job " + "where type_ = 'message' and retries_ > 0");
                PreparedStatement outbox = db.prepareStatement(
                        "select count(*) from " + "notification_outbox where status in ('QUEUED', 'SENDING')")) {
            awaitNone(jobs);
            awaitNone(outbox);
        }
    }

    /** Until the count is 0, within half an hour. */
    public static void awaitNone(PreparedStatement count) throws SQLException, InterruptedException {
        long limit = System.nanoTime() + QUIET_LIMIT.toNanos();
        while (count(count) > 0) {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("Not drained within " + QUIET_LIMIT);
            }
            Thread.sleep(200);
        }
    }

    public static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            return count(statement);
        }
    }

    public static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
