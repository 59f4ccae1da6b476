package io.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CaseJobs;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.LocalHttpService;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.conversation.ThreadTokens;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer messages through a real SMTP server (GreenMail) and a local SMS gateway: one per
 * transition, never two. The test drives the dispatcher itself, as the scheduler would.
 */
@EscalationDeskTest
@Tag("database")
class NotificationDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The zone of the standard calendar's business hours, which customers read times in. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    CaseJobs jobs;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationOutbox outbox;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    TimelineReader timeline;

    @Autowired
    ApiClient api;

    @Autowired
    Surveys surveys;

    @Autowired
    ThreadTokens tokens;

    private final LocalMailServer smtp = LocalMailServer.instance();
    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalHttpService smsGateway = LocalHttpService.SMS_GATEWAY;

    @AfterEach
    void smtpAndGatewayAreBack() {
        if (!smtp.greenMail().isRunning()) {
            smtp.start();
        }
        smsGateway.recover();
    }

    @Test
    void oneMailPerTransitionFromTier1ThroughABreachToResolution() throws Exception {
        String email = newRecipient();
        String caseNumber = startCase(email, null, "EN");

        jobs.runDue(caseNumber); // routed to Tier 1
        dispatchUntil(() -> mailsTo(email).size() == 1);
        jobs.breachSla(caseNumber); // Tier 1 SLA breached
        jobs.runDue(caseNumber); // escalated to Tier 2
        dispatchUntil(() -> mailsTo(email).size() == 2);
        completeAs(caseNumber, "tier2-agent", "tier2");
        jobs.runDue(caseNumber); // resolved
        dispatchUntil(() -> allSent(caseNumber));

        List<MimeMessage> mails = mailsTo(email);
        List<NotificationOutbox.Entry> sent = outbox.of(caseNumber);
        assertThat(mails).hasSize(3);
        assertThat(mails.get(0).getSubject()).isEqualTo("We have received your case " + caseNumber);
        assertThat(body(mails.get(0)))
                .contains(
                        "Your case " + caseNumber + " is now with our customer care team.",
                        "You can expect an answer by " + english(sent.get(0).expectedResponseBy()) + ".");
        assertThat(mails.get(1).getSubject()).isEqualTo("Your case " + caseNumber + " was escalated");
        assertThat(body(mails.get(1)))
                .contains("We are sorry: your case " + caseNumber
                        + " is taking longer than we promised. It is now with our Tier 2 specialists, who will "
                        + "answer by " + english(sent.get(1).expectedResponseBy()) + ".");
        assertThat(sent.get(1).level()).isEqualTo(Level.TIER2);
        assertThat(mails.get(2).getSubject()).isEqualTo("Your case " + caseNumber + " is resolved");
        assertThat(body(mails.get(2))).contains(surveys.linkFor(caseNumber));
        assertThat(mails.get(0).getMessageID()).isEqualTo(tokens.messageId(caseNumber, "1.EMAIL", "example.com"));
        // one thread the customer answers into, none of it to be answered automatically
        assertThat(mails.get(1).getHeader("In-Reply-To", null))
                .isEqualTo(mails.get(0).getMessageID());
        assertThat(MimeUtility.unfold(mails.get(2).getHeader("References", null)))
                .isEqualTo(mails.get(0).getMessageID() + " " + mails.get(1).getMessageID());
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            assertThat(mail.getReplyTo()[0].toString())
                    .endsWith("<" + tokens.replyAddress(caseNumber, "support@example.com") + ">");
        });
        assertThat(timeline.of(caseNumber))
                .filteredOn(update -> update.event() == CaseEvent.CUSTOMER_NOTIFIED)
                .extracting(StatusUpdate::reason)
                .containsExactly(
                        "Email to " + masked(email) + " about Routed: SMTP 127.0.0.1",
                        "Email to " + masked(email) + " about SLA breached: SMTP 127.0.0.1",
                        "Email to " + masked(email) + " about Resolved: SMTP 127.0.0.1");
    }

    @Test
    void theSlaWarningReachesTheSupervisorOfTheGroupThatHasTheCaseInEnglish() throws Exception {
        String caseNumber = startCase(newRecipient(), null, "DE");
        jobs.runDue(caseNumber); // routed to Tier 1

        jobs.warnSla(caseNumber);
        dispatchUntil(() -> allSent(caseNumber));

        MimeMessage warning = mailsTo("tier1-lead@example.com").stream()
                .filter(mail -> subjectOf(mail).contains(caseNumber))
                .findFirst()
                .orElseThrow();
        Instant due = outbox.of(caseNumber).get(1).expectedResponseBy();
        assertThat(outbox.of(caseNumber))
                .extracting(NotificationOutbox.Entry::audience)
                .containsExactly(Audience.CUSTOMER, Audience.SUPERVISOR);
        assertThat(warning.getSubject()).isEqualTo("SLA warning: case " + caseNumber + " is due " + english(due));
        assertThat(body(warning))
                .contains("The SLA of case " + caseNumber + " in the Tier 1 queue " + "runs out at " + english(due)
                        + ". Please make sure somebody works on it now.");
        assertThat(timeline.of(caseNumber))
                .filteredOn(update -> update.event() == CaseEvent.SUPERVISOR_NOTIFIED)
                .extracting(StatusUpdate::reason)
                .containsExactly("Email to t***@example.com about SLA warning: SMTP 127.0.0.1");
    }

    @Test
    void aGermanCustomerReadsGerman() throws Exception {
        String email = newRecipient();
        String caseNumber = startCase(email, null, "DE");
        jobs.runDue(caseNumber);

        dispatchUntil(() -> allSent(caseNumber));

        MimeMessage mail = mailsTo(email).get(0);
        Instant expected = outbox.of(caseNumber).get(0).expectedResponseBy();
        assertThat(mail.getSubject()).isEqualTo("Wir haben Ihr Anliegen " + caseNumber + " erhalten");
        assertThat(body(mail))
                .contains(
                        "Ihr Anliegen " + caseNumber + " liegt jetzt bei unserem Kundenservice.",
                        "Sie erhalten eine Antwort bis "
                                + DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr' z", Locale.GERMAN)
                                        .withZone(BERLIN)
                                        .format(expected)
                                + ".",
                        "Sie erreichen uns so: Telefon +1 555 0100, E-Mail support@example.com.")
                .doesNotContain("UTC", "call", "write to");
    }

    /**
     * Everything a German customer receives, by mail and by SMS, from the first message through an
     * apology for a breach to the resolution, and the survey page their link opens in an English
     * browser: no sentence of the English bundles, and no UTC.
     */
    @Test
    void aGermanCustomerReadsNoEnglishAndNoUtcAnywhere() throws Exception {
        String email = newRecipient();
        String phone = newPhone();
        String byMail = startCase(email, null, "DE");
        String bySms = startCase(null, phone, "DE");
        List<String> read = new ArrayList<>();
        for (String caseNumber : List.of(byMail, bySms)) {
            jobs.runDue(caseNumber); // routed to Tier 1
            jobs.breachSla(caseNumber);
            jobs.runDue(caseNumber); // escalated, with an apology
            completeAs(caseNumber, "tier2-agent", "tier2", "Wir haben die Gebühr erstattet.");
            jobs.runDue(caseNumber); // resolved, with the survey link
            dispatchUntil(() -> allSent(caseNumber));
        }
        for (MimeMessage mail : mailsTo(email)) {
            read.add(mail.getSubject() + "\n" + partOf(mail, "text/plain") + "\n"
                    + Jsoup.parse(partOf(mail, "text/html")).text());
        }
        for (LocalHttpService.Request sms : smsRequestsFor(bySms)) {
            read.add(json.readTree(sms.body()).get("text").asText());
        }
        HttpResponse<String> survey = http.send(
                HttpRequest.newBuilder(URI.create(surveys.linkFor(byMail)))
                        .header("Accept-Language", "en-US,en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        read.add(Jsoup.parse(survey.body()).text());

        assertThat(read).hasSize(3 + 3 + 1);
        // the resolution says what was done, in the agent's words, by mail and by SMS
        assertThat(read.subList(0, 3))
                .anySatisfy(
                        mail -> assertThat(mail).contains("Was wir getan haben:", "Wir haben die Gebühr erstattet."));
        assertThat(read.subList(3, 6)).anySatisfy(sms -> assertThat(sms).contains("Wir haben die Gebühr erstattet."));
        assertThat(read)
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain("UTC")
                        .doesNotContainIgnoringCase(EnglishSentences.of(
                                        "/templates/notification/messages.properties",
                                        "/templates/survey/survey.properties")
                                .toArray(String[]::new)));
    }

    @Test
    void anOptedOutCustomerGetsNothingAndTheTimelineSaysSo() throws Exception {
        String email = newRecipient();
        String caseNumber = startCase(email, null, "EN");
        HttpResponse<String> optOut = api.put(
                "tier1-agent",
                "/api/cases/" + caseNumber + "/notification-preferences",
                "{\"preferredContactChannel\":\"EMAIL\",\"language\":\"EN\",\"optOut\":true}");
        assertThat(optOut.statusCode()).isEqualTo(200);
        assertThat(json.readTree(optOut.body()).get("notificationOptOut").asBoolean())
                .isTrue();
        jobs.runDue(caseNumber);

        dispatchUntil(() -> outbox.of(caseNumber).get(0).status() == DeliveryStatus.SKIPPED);

        assertThat(mailsTo(email)).isEmpty();
        assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .contains(CaseEvent.PREFERENCES_CHANGED, CaseEvent.NOTIFICATION_SKIPPED);
        assertThat(outbox.of(caseNumber).get(0).lastError()).isEqualTo("The customer opted out of messages");
    }

    @Test
    void aPreferredChannelNeedsAnAddressOnTheCase() throws Exception {
        String caseNumber = startCase(newRecipient(), null, "EN");

        HttpResponse<String> response = api.put(
                "tier1-agent",
                "/api/cases/" + caseNumber + "/notification-preferences",
                "{\"preferredContactChannel\":\"SMS\",\"language\":\"EN\",\"optOut\":false}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactly("preferredContactChannel");
        assertThat(timeline.of(caseNumber))
                .extracting(StatusUpdate::event)
                .doesNotContain(CaseEvent.PREFERENCES_CHANGED);
    }

    @Test
    void whileSmtpIsDownMailsWaitAndArriveOnceWhenItReturns() throws Exception {
        String email = newRecipient();
        smtp.stop();
        String caseNumber = startCase(email, null, "EN");
        jobs.runDue(caseNumber);

        dispatchUntil(() -> attemptsOf(caseNumber) >= 2);
        assertThat(statusOf(caseNumber)).isIn("QUEUED", "SENDING");
        smtp.start();

        dispatchUntil(() -> allSent(caseNumber));
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(outbox.of(caseNumber).get(0).deliveredTo()).isEqualTo("SMTP 127.0.0.1");
    }

    @Test
    void pastTheLastRetryTheMailFailsVisiblyAndAnOperatorRetryDeliversItOnce() throws Exception {
        String email = newRecipient();
        smtp.stop();
        String caseNumber = startCase(email, null, "EN");
        jobs.runDue(caseNumber);

        dispatchUntil(() -> "FAILED".equals(statusOf(caseNumber)));
        NotificationOutbox.Entry failed = outbox.of(caseNumber).get(0);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(timeline.of(caseNumber)).extracting(StatusUpdate::event).contains(CaseEvent.NOTIFICATION_FAILED);
        assertThat(failedGauge()).isGreaterThanOrEqualTo(1);
        smtp.start();

        String retry = "/api/cases/" + caseNumber + "/notifications/" + failed.id() + "/retry";
        HttpResponse<String> retried = api.post("supervisor", retry, "");
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(json.readTree(retried.body()).get("status").asText()).isEqualTo("QUEUED");

        dispatchUntil(() -> allSent(caseNumber));
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(timeline.of(caseNumber))
                .filteredOn(u -> u.event() == CaseEvent.NOTIFICATION_RETRIED)
                .singleElement()
                .extracting(StatusUpdate::actor)
                .isEqualTo("supervisor");
        assertThat(api.post("supervisor", retry, "").statusCode()).isEqualTo(409);
        assertThat(api.post("supervisor", "/api/cases/" + caseNumber + "/notifications/0/retry", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.post("auditor", retry, "").statusCode()).isEqualTo(403);
    }

    @Test
    void dispatchersRacingOverFiveHundredNotificationsSendEachExactlyOnce() throws Exception {
        String domain = "race-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        String caseNumber = "ESC-RACE-" + UUID.randomUUID().toString().substring(0, 8);
        enqueueEmails(caseNumber, domain, 500);

        // three dispatchers, as on three nodes sharing the database
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int node = 0; node < 3; node++) {
                running.add(nodes.submit(() -> {
                    while (!allSent(caseNumber)) {
                        dispatcher.dispatchDue();
                    }
                }));
            }
            for (Future<?> node : running) {
                node.get(2, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }

        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.greenMail().getReceivedMessagesForDomain(domain)) {
            recipients.add(message.getAllRecipients()[0].toString());
        }
        assertThat(recipients).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void oneDispatchSendsEveryDueMessageNotOnlyTheFirstBatch() throws Exception {
        String domain = "busy-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        String caseNumber = "ESC-BUSY-" + UUID.randomUUID().toString().substring(0, 8);
        enqueueEmails(caseNumber, domain, 120);

        dispatcher.dispatchDue();

        assertThat(allSent(caseNumber)).isTrue();
        assertThat(smtp.greenMail().getReceivedMessagesForDomain(domain)).hasSize(120);
    }

    @Test
    void aSendThatHangsHoldsItsSenderAndNoOtherMessage() throws Exception {
        String caseNumber = "ESC-HANG-" + UUID.randomUUID().toString().substring(0, 8);
        String hanging = newPhone();
        smsGateway.hold(hanging);
        enqueueSms(caseNumber, 1, hanging);
        dispatcher.startDispatching();
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> smsRequestsFor(caseNumber).size() == 1);

        // queued while the gateway holds the first; the scheduler's next polls send them
        for (int transition = 2; transition <= 11; transition++) {
            enqueueSms(caseNumber, transition, newPhone());
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    dispatcher.startDispatching();
                    return outbox.of(caseNumber).stream()
                                    .filter(entry -> entry.status() == DeliveryStatus.SENT)
                                    .count()
                            == 10;
                });
        assertThat(outbox.of(caseNumber).get(0).status()).isEqualTo(DeliveryStatus.SENDING);

        smsGateway.recover();
        dispatchUntil(() -> allSent(caseNumber));
        assertThat(smsRequestsFor(caseNumber)).hasSize(11);
    }

    private void enqueueSms(String caseNumber, int transition, String phone) {
        outbox.enqueue(new Notification(
                caseNumber,
                String.valueOf(transition),
                ContactChannel.SMS,
                CaseEvent.ROUTED,
                Level.TIER1,
                null,
                "Tier 1",
                Instant.now(),
                null,
                "call us",
                null,
                phone,
                null,
                Audience.CUSTOMER,
                null));
    }

    /** One email each to {@code count} customers of the domain, as transitions 1 to count. */
    private void enqueueEmails(String caseNumber, String domain, int count) {
        for (int transition = 1; transition <= count; transition++) {
            outbox.enqueue(new Notification(
                    caseNumber,
                    String.valueOf(transition),
                    ContactChannel.EMAIL,
                    CaseEvent.ROUTED,
                    Level.TIER1,
                    null,
                    "Tier 1",
                    Instant.now(),
                    null,
                    "call us",
                    "customer" + transition + "@" + domain,
                    null,
                    null,
                    Audience.CUSTOMER,
                    null));
        }
    }

    @Test
    void anSmsGoesToTheGatewayAsJsonWithBasicAuthentication() throws Exception {
        String phone = newPhone();
        String caseNumber = startCase(null, phone, "EN");
        jobs.runDue(caseNumber);

        dispatchUntil(() -> allSent(caseNumber));
        assertThat(smsRequestsFor(caseNumber)).singleElement().satisfies(request -> {
            assertThat(request.authorization())
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString("escalation-desk:sms-secret".getBytes()));
            assertThat(request.body())
                    .contains(
                            "\"from\":\"EscalDesk\"",
                            "\"to\":\"" + phone + "\"",
                            "\"reference\":\"" + caseNumber + "#1#SMS\"",
                            "We have your case " + caseNumber);
        });
        assertThat(outbox.of(caseNumber).get(0).deliveredTo()).isEqualTo("SMS gateway 127.0.0.1");
    }

    @Test
    void aGatewayErrorIsRetriedUntilTheGatewayTakesTheSms() throws Exception {
        smsGateway.failWith(503);
        String caseNumber = startCase(null, newPhone(), "EN");
        jobs.runDue(caseNumber);

        dispatchUntil(() -> smsRequestsFor(caseNumber).size() >= 2);
        smsGateway.recover();

        dispatchUntil(() -> allSent(caseNumber));
        assertThat(outbox.of(caseNumber).get(0).attempts()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aGatewayRefusalIsNotRetriedAndFallsBackToEmail() throws Exception {
        smsGateway.failWith(400);
        String email = newRecipient();
        String caseNumber = startCase(email, newPhone(), "EN");
        assertThat(api.put(
                                "tier1-agent",
                                "/api/cases/" + caseNumber + "/notification-preferences",
                                "{\"preferredContactChannel\":\"SMS\",\"language\":\"EN\",\"optOut\":false}")
                        .statusCode())
                .isEqualTo(200);
        jobs.runDue(caseNumber);

        dispatchUntil(() -> mailsTo(email).size() == 1);
        assertThat(smsRequestsFor(caseNumber)).hasSize(1);
        assertThat(outbox.of(caseNumber))
                .satisfiesExactly(
                        sms -> {
                            assertThat(sms.channel()).isEqualTo(ContactChannel.SMS);
                            assertThat(sms.status()).isEqualTo(DeliveryStatus.FAILED);
                            assertThat(sms.lastError())
                                    .isEqualTo(
                                            "SMS gateway refused the message: 400 BAD_REQUEST; sending by EMAIL instead");
                        },
                        mail -> {
                            assertThat(mail.channel()).isEqualTo(ContactChannel.EMAIL);
                            assertThat(mail.recipient()).isEqualTo(masked(email));
                        });
        dispatchUntil(() -> outbox.of(caseNumber).get(1).status() == DeliveryStatus.SENT);
        assertThat(mailsTo(email).get(0).getMessageID())
                .isEqualTo(tokens.messageId(caseNumber, "1.EMAIL", "example.com"));
    }

    @Test
    void aGatewayRefusalWithoutAnEmailFailsAtOnce() throws Exception {
        smsGateway.failWith(400);
        String caseNumber = startCase(null, newPhone(), "EN");
        jobs.runDue(caseNumber);

        dispatchUntil(() -> "FAILED".equals(statusOf(caseNumber)));
        assertThat(smsRequestsFor(caseNumber)).hasSize(1);
        assertThat(outbox.of(caseNumber).get(0).lastError())
                .isEqualTo("SMS gateway refused the message: 400 BAD_REQUEST");
    }

    // --- helpers

    private static String newRecipient() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String newPhone() {
        return "+4917" + (10_000_000 + (int) (Math.random() * 80_000_000));
    }

    private static String masked(String email) {
        return email.charAt(0) + "***" + email.substring(email.indexOf('@'));
    }

    private static String english(Instant time) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH)
                .withZone(BERLIN)
                .format(time);
    }

    private String startCase(String email, String phone, String language) {
        String caseNumber = "ESC-MAIL-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> data = new HashMap<>(Map.of(
                "customerId",
                "C-8001",
                "description",
                "Invoice wrong",
                "category",
                "GENERAL",
                "priority",
                "NORMAL",
                "trigger",
                "RESOLUTION_DELAYED",
                "customerSegment",
                "STANDARD",
                "channel",
                "EMAIL",
                "customerName",
                "Max Mustermann",
                "customerLanguage",
                language));
        data.put("customerEmail", email);
        data.put("customerPhone", phone);
        runtime.startProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY, caseNumber, data);
        return caseNumber;
    }

    /** Runs the dispatcher, as the scheduler does, until the condition holds. */
    private void dispatchUntil(Callable<Boolean> condition) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.dispatchDue();
            return condition.call();
        });
    }

    private List<LocalHttpService.Request> smsRequestsFor(String caseNumber) {
        return smsGateway.requests().stream()
                .filter(request -> request.body().contains("\"reference\":\"" + caseNumber + "#"))
                .toList();
    }

    private void completeAs(String caseNumber, String user, String group) {
        completeAs(caseNumber, user, group, "We refunded the fee.");
    }

    /** @param summary what was done, as the customer reads it */
    private void completeAs(String caseNumber, String user, String group, String summary) {
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(
                    taskId,
                    Map.of(
                            "outcome",
                            "RESOLVED",
                            "resolutionCode",
                            "REFUNDED",
                            "reason",
                            "Refunded",
                            "resolutionSummary",
                            summary));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Executes the case's due jobs: notification steps, and timers as if their time had come. */
    private boolean allSent(String caseNumber) {
        return outbox.of(caseNumber).stream().allMatch(entry -> entry.status() == DeliveryStatus.SENT);
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.greenMail().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().equals(email));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** A mail's part of the type, decoded as a mail program shows it; none without one. */
    private static String partOf(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String text = partOf(parts.getBodyPart(i), type);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The failed-notification gauge as an administrator's Prometheus scrape reads it. */
    private double failedGauge() throws Exception {
        HttpResponse<String> scrape = api.get("demo", "/actuator/prometheus");
        return scrape.body()
                .lines()
                .filter(line -> line.startsWith("escalation_notifications{") && line.contains("status=\"FAILED\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(scrape.statusCode() + " " + scrape.body()));
    }

    private int attemptsOf(String caseNumber) {
        return jdbc.sql("select attempts from notification_outbox where case_number = ?")
                .param(caseNumber)
                .query(Integer.class)
                .single();
    }

    private String statusOf(String caseNumber) {
        return jdbc.sql("select status from notification_outbox where case_number = ?")
                .param(caseNumber)
                .query(String.class)
                .single();
    }
}
