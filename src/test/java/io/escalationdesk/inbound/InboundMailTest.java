package io.escalationdesk.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.CaseJobs;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.conversation.MailThreads;
import io.escalationdesk.conversation.ThreadTokens;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.intake.Caller;
import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.intake.NewCase;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers' answers through a real IMAP mailbox (GreenMail), read by the application as in
 * production: a corpus of mails shaped like those of Outlook, Gmail, Apple Mail and Thunderbird,
 * bounces and automatic replies ({@code src/test/resources/inbound-mail/corpus.tsv} says where
 * each must land), and the mailbox's faults.
 */
@EscalationDeskTest
@Tag("database")
class InboundMailTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern MESSAGE_ID = Pattern.compile("(?mi)^Message-ID:\\s*(<[^>]+>)");
    private static final Caller AGENT = new Caller("tier1-agent", List.of("tier1"));

    /** One line of the corpus: a mail and where it must land. */
    record Expected(String file, String lands, String reason, String contains, String excludes, int attachments) {}

    /** Where a mail landed, as its row says. */
    record Landed(
            String status,
            String caseNumber,
            String threadedBy,
            String parkedReason,
            String shownText,
            int keptFiles) {}

    @Autowired
    CaseIntake intake;

    @Autowired
    EngineCases cases;

    @Autowired
    CaseJobs jobs;

    @Autowired
    CaseRecords records;

    @Autowired
    TimelineReader timeline;

    @Autowired
    ThreadTokens tokens;

    @Autowired
    MailThreads threads;

    @Autowired
    JdbcClient jdbc;

    private final LocalMailbox mailbox = LocalMailbox.instance();

    @Test
    void everyMailOfTheCorpusLandsWhereTheLadderSaysOrIsParked() throws IOException {
        String open = openCaseOfJane();
        String closed = openCaseOfJane();
        cases.tier1Decides(closed, "RESOLVED", Map.of("resolutionCode", "ANSWERED", "reason", "Explained the invoice"));
        assertThat(records.find(closed).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        String earlier = "<earlier-" + UUID.randomUUID() + "@mail.example.com>";
        mailbox.deliver(mail(
                earlier,
                "jane.doe@example.com",
                "About my case " + open,
                "Hello, I have a question about my invoice."));
        assertThat(landed(earlier))
                .extracting(Landed::status, Landed::caseNumber, Landed::threadedBy)
                .containsExactly("THREADED", open, "SUBJECT");

        Map<String, String> values = Map.of(
                "{{CASE}}",
                open,
                "{{CLOSED_CASE}}",
                closed,
                "{{OUR_MESSAGE_ID}}",
                tokens.messageId(open, "1.EMAIL", "example.com"),
                "{{OUR_CLOSED_MESSAGE_ID}}",
                tokens.messageId(closed, "1.EMAIL", "example.com"),
                "{{REPLY_ADDRESS}}",
                tokens.replyAddress(open, LocalMailbox.ADDRESS),
                "{{EARLIER_MESSAGE_ID}}",
                earlier,
                "{{FORGED_MESSAGE_ID}}",
                "<" + open + ".1.EMAIL.0123456789ab@example.com>");
        Map<String, Expected> byMessageId = new LinkedHashMap<>();
        for (Expected expected : corpus()) {
            String raw = resource(expected.file());
            for (var value : values.entrySet()) {
                raw = raw.replace(value.getKey(), value.getValue());
            }
            Matcher id = MESSAGE_ID.matcher(raw);
            assertThat(id.find()).as(expected.file() + " has a Message-ID").isTrue();
            byMessageId.put(id.group(1), expected);
            mailbox.deliver(raw.getBytes(StandardCharsets.UTF_8));
        }

        List<String> threaded = new ArrayList<>();
        byMessageId.forEach((messageId, expected) -> {
            Landed landed = landed(messageId);
            String what = expected.file() + " " + landed;
            assertThat(landed.status()).as(what).isEqualTo(expected.lands());
            switch (expected.lands()) {
                case "THREADED" -> {
                    assertThat(landed.caseNumber()).as(what).isEqualTo(open);
                    assertThat(landed.threadedBy()).as(what).isEqualTo(expected.reason());
                    threaded.add(messageId);
                }
                case "FOLLOW_UP" -> {
                    assertThat(records.find(landed.caseNumber()).orElseThrow().linkedCaseNumber())
                            .as(what)
                            .isEqualTo(closed);
                    assertThat(landed.threadedBy()).as(what).isEqualTo(expected.reason());
                }
                case "NEW_CASE" -> {
                    CaseRecord opened = records.find(landed.caseNumber()).orElseThrow();
                    assertThat(opened.trigger()).as(what).isEqualTo(Trigger.CUSTOMER_MESSAGE);
                    assertThat(opened.channel()).as(what).isEqualTo(Channel.EMAIL);
                    assertThat(landed.caseNumber()).as(what).isNotIn(open, closed);
                }
                default -> assertThat(landed.parkedReason()).as(what).isEqualTo(expected.reason());
            }
            if (!expected.contains().equals("-")) {
                assertThat(landed.shownText()).as(what).contains(expected.contains());
            }
            if (!expected.excludes().equals("-")) {
                assertThat(landed.shownText()).as(what).doesNotContain(expected.excludes());
            }
            assertThat(landed.keptFiles()).as(what).isEqualTo(expected.attachments());
        });

        assertThat(jdbc.sql("select count(*) from inbound_message where provider_id in (:ids)")
                        .param("ids", byMessageId.keySet())
                        .query(Integer.class)
                        .single())
                .isEqualTo(byMessageId.size());
        assertThat(timeline.of(open))
                .filteredOn(update -> update.event() == CaseEvent.CUSTOMER_CONTACTED)
                .hasSize(threaded.size() + 1);
        assertThat(timeline.of(open))
                .extracting(StatusUpdate::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("Email: answer to our message <"));
    }

    @Test
    void theSameMailFetchedTwiceIsOneMessage() {
        String open = openCaseOfJane();
        String messageId = "<twice-" + UUID.randomUUID() + "@mail.example.com>";
        byte[] raw = mail(messageId, "jane.doe@example.com", "Re: " + open, "Sent twice by my phone.");
        mailbox.deliver(raw);
        mailbox.deliver(raw);

        assertThat(landed(messageId).status()).isEqualTo("THREADED");
        waitingForTheMailbox().until(() -> mailbox.unseen() == 0);
        assertThat(rowsOf(messageId)).isEqualTo(1);
        assertThat(contactsOn(open)).isEqualTo(1);
    }

    /**
     * GreenMail forgets its mail when it stops, like a server restored from a backup without the
     * seen flags: the mail read before the outage comes again, unseen, with the one that waited.
     */
    @Test
    void nothingIsLostOrTwiceWhenTheMailboxGoesDownAndComesBack() {
        String open = openCaseOfJane();
        String before = "<before-" + UUID.randomUUID() + "@mail.example.com>";
        String during = "<during-" + UUID.randomUUID() + "@mail.example.com>";
        byte[] first = mail(before, "jane.doe@example.com", "Re: " + open, "Before the outage.");
        mailbox.deliver(first);
        assertThat(landed(before).status()).isEqualTo("THREADED");

        mailbox.stop();
        mailbox.start();
        mailbox.deliver(first);
        mailbox.deliver(mail(during, "jane.doe@example.com", "Re: " + open, "While it was down."));

        assertThat(landed(during).status()).isEqualTo("THREADED");
        waitingForTheMailbox().until(() -> mailbox.unseen() == 0);
        assertThat(rowsOf(before)).isEqualTo(1);
        assertThat(rowsOf(during)).isEqualTo(1);
        assertThat(contactsOn(open)).isEqualTo(2);
    }

    @Test
    void anAnswerToAMailToOurStaffIsParkedNotTakenForTheCustomers() {
        String open = openCaseOfJane();
        String warning = "<" + open + ".2-SLA_WARNING.EMAIL@example.com>";
        threads.record(warning, open, MailThreads.Kind.TO_STAFF);
        String answer = "<supervisor-" + UUID.randomUUID() + "@example.com>";
        mailbox.deliver("""
        From: Team Lead <tier1-lead@example.com>
        To: Escalation Desk <support@example.com>
        Subject: Re: SLA warning: case %s is due soon
        Message-ID: %s
        In-Reply-To: %s
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        On it.
        """.formatted(open, answer, warning).getBytes(StandardCharsets.UTF_8));

        assertThat(landed(answer))
                .extracting(Landed::status, Landed::parkedReason)
                .containsExactly("PARKED", "STAFF_THREAD");
        assertThat(contactsOn(open)).isZero();
    }

    private String openCaseOfJane() {
        NewCase call = new NewCase(
                "C-JANE",
                "Jane Doe",
                "jane.doe@example.com",
                null,
                null,
                Channel.PHONE,
                Category.GENERAL,
                Priority.NORMAL,
                Trigger.RESOLUTION_DELAYED,
                CustomerSegment.STANDARD,
                "Invoice questions",
                null,
                null,
                false);
        String caseNumber = intake.open(call, null, AGENT).record().caseNumber();
        jobs.runDue(caseNumber);
        return caseNumber;
    }

    private Landed landed(String messageId) {
        return waitingForTheMailbox()
                .until(
                        () -> jdbc.sql("""
                select m.status, m.case_number, m.threaded_by, m.parked_reason, m.shown_text,
                  (select count(*) from inbound_attachment a
                   where a.message_id = m.id and a.content is not null) kept
                from inbound_message m where m.provider_id = ?""")
                                .param(messageId)
                                .query((row, n) -> new Landed(
                                        row.getString("status"),
                                        row.getString("case_number"),
                                        row.getString("threaded_by"),
                                        row.getString("parked_reason"),
                                        row.getString("shown_text"),
                                        row.getInt("kept")))
                                .optional(),
                        found -> found.filter(row -> !row.status().equals("RECEIVED"))
                                .isPresent())
                .orElseThrow();
    }

    private int rowsOf(String messageId) {
        return jdbc.sql("select count(*) from inbound_message where provider_id = ?")
                .param(messageId)
                .query(Integer.class)
                .single();
    }

    private long contactsOn(String caseNumber) {
        return timeline.of(caseNumber).stream()
                .filter(update -> update.event() == CaseEvent.CUSTOMER_CONTACTED)
                .count();
    }

    /**
     * A wait that a mailbox server thread dying of its cut connection does not fail (Awaitility
     * fails on any thread's uncaught exception): the outage test cuts the connection on purpose.
     */
    private static ConditionFactory waitingForTheMailbox() {
        return Awaitility.await().atMost(PATIENCE).dontCatchUncaughtExceptions();
    }

    static byte[] mail(String messageId, String from, String subject, String text) {
        return ("""
        Authentication-Results: mx.test.example; dmarc=pass header.from=example.com
        From: %s
        To: Escalation Desk <support@example.com>
        Subject: %s
        Date: Thu, 3 Dec 2026 10:00:00 +0000
        Message-ID: %s
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        %s
        """.formatted(from, subject, messageId, text)).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Expected> corpus() throws IOException {
        List<Expected> expected = new ArrayList<>();
        for (String line : resource("corpus.tsv").split("\n")) {
            String[] columns = line.split("\t");
            if (columns[0].equals("file") || line.isBlank()) {
                continue;
            }
            expected.add(new Expected(
                    columns[0], columns[1], columns[2], columns[3], columns[4], Integer.parseInt(columns[5].strip())));
        }
        return expected;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InboundMailTest.class.getResourceAsStream("/inbound-mail/" + name)) {
            return new String(Optional.ofNullable(in).orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
