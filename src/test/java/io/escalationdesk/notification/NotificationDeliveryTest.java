package io.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.LocalHttpService;
import io.escalationdesk.process.CustomerEscalationProcess;
import jakarta.mail.internet.MimeMessage;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.policy.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customer emails through a real SMTP server (GreenMail): one per transition, never two. */
@EscalationDeskTest
class NotificationDeliveryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationDispatcher dispatcher;

  private final LocalMailServer smtp = LocalMailServer.instance();

  private final LocalHttpService smsGateway = LocalHttpService.SMS_GATEWAY;

  @AfterEach
  void smtpAndGatewayAreBack() {
    if (!smtp.greenMail().isRunning()) {
      smtp.start();
    }
    smsGateway.recover();
  }

  @Test
  void anSmsGoesToTheGatewayAsJsonWithBasicAuthentication() throws Exception {
    String phone = newPhone();
    String caseNumber = startCase(null, phone);
    runJobs(caseNumber);

    awaitAllSent(caseNumber);
    assertThat(smsRequestsFor(caseNumber)).singleElement().satisfies(request -> {
      assertThat(request.authorization()).isEqualTo("Basic "
          + Base64.getEncoder().encodeToString("escalation-desk:sms-secret".getBytes()));
      assertThat(request.body()).contains("\"from\":\"EscalDesk\"", "\"to\":\"" + phone + "\"",
          "\"reference\":\"" + caseNumber + "#1\"", "We have received your case " + caseNumber);
    });
    assertThat(outbox.of(caseNumber).get(0).deliveredTo()).isEqualTo("SMS gateway 127.0.0.1");
  }

  @Test
  void aGatewayErrorIsRetriedUntilTheGatewayTakesTheSms() throws Exception {
    smsGateway.failWith(503);
    String caseNumber = startCase(null, newPhone());
    runJobs(caseNumber);

    Awaitility.await().atMost(PATIENCE).until(() -> smsRequestsFor(caseNumber).size() >= 2);
    smsGateway.recover();

    awaitAllSent(caseNumber);
    assertThat(outbox.of(caseNumber).get(0).attempts()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aGatewayRefusalIsNotRetriedAndFallsBackToEmail() throws Exception {
    smsGateway.failWith(400);
    String email = newRecipient();
    String caseNumber = startCase(email, newPhone());
    jdbc.sql("update escalation_case set preferred_channel = 'SMS' where case_number = ?")
        .param(caseNumber).update();
    runJobs(caseNumber);

    awaitAllSent(caseNumber);
    assertThat(smsRequestsFor(caseNumber)).hasSize(1);
    assertThat(mailsTo(email)).hasSize(1);
    assertThat(outbox.of(caseNumber).get(0).deliveredTo()).isEqualTo("SMTP 127.0.0.1");
  }

  @Test
  void aGatewayRefusalWithoutAnEmailFailsAtOnce() throws Exception {
    smsGateway.failWith(400);
    String caseNumber = startCase(null, newPhone());
    runJobs(caseNumber);

    Awaitility.await().atMost(PATIENCE).until(() -> "FAILED".equals(statusOf(caseNumber)));
    assertThat(smsRequestsFor(caseNumber)).hasSize(1);
    assertThat(outbox.of(caseNumber).get(0).lastError())
        .isEqualTo("SMS gateway refused the message: 400 BAD_REQUEST");
  }

  @Test
  void oneMailPerTransitionFromTier1ThroughABreachToResolution() throws Exception {
    String email = newRecipient();
    String caseNumber = startCase(email);

    runJobs(caseNumber);                       // routed to Tier 1
    awaitMails(email, 1);
    runJobs(caseNumber);                       // Tier 1 SLA breached
    runJobs(caseNumber);                       // escalated to Tier 2
    awaitMails(email, 2);
    completeAs(caseNumber, "tier2-agent", "tier2");
    runJobs(caseNumber);                       // resolved
    awaitMails(email, 3);
    awaitAllSent(caseNumber);

    List<MimeMessage> mails = mailsTo(email);
    assertThat(mails).hasSize(3);
    assertThat(mails.get(0).getSubject()).isEqualTo("We have received your case " + caseNumber);
    assertThat(body(mails.get(0))).contains("is now with Tier 1 support", "expect an answer by");
    assertThat(mails.get(1).getSubject()).isEqualTo("Your case " + caseNumber + " was escalated");
    assertThat(body(mails.get(1))).contains("is now with our Tier 2 specialists");
    assertThat(mails.get(2).getSubject()).isEqualTo("Your case " + caseNumber + " is resolved");
    assertThat(mails.get(0).getMessageID()).isEqualTo("<" + caseNumber + ".1@escalation-desk>");
  }

  @Test
  void whileSmtpIsDownMailsWaitAndArriveOnceWhenItReturns() throws Exception {
    String email = newRecipient();
    smtp.stop();
    String caseNumber = startCase(email);
    runJobs(caseNumber);

    Awaitility.await().atMost(PATIENCE).until(() -> attemptsOf(caseNumber) >= 2);
    assertThat(statusOf(caseNumber)).isIn("QUEUED", "SENDING");
    smtp.start();

    awaitAllSent(caseNumber);
    assertThat(mailsTo(email)).hasSize(1);
    assertThat(outbox.of(caseNumber).get(0).deliveredTo()).isEqualTo("SMTP 127.0.0.1");
  }

  @Test
  void pastTheLastRetryTheMailFailsVisiblyAndAnOperatorRetryDeliversItOnce() throws Exception {
    String email = newRecipient();
    smtp.stop();
    String caseNumber = startCase(email);
    runJobs(caseNumber);

    Awaitility.await().atMost(PATIENCE).until(() -> "FAILED".equals(statusOf(caseNumber)));
    assertThat(outbox.of(caseNumber)).singleElement().satisfies(entry -> {
      assertThat(entry.attempts()).isEqualTo(3);
      assertThat(entry.lastError()).isNotBlank();
    });
    smtp.start();

    assertThat(outbox.retryFailed(caseNumber, "ROUTED")).isTrue();

    awaitAllSent(caseNumber);
    assertThat(mailsTo(email)).hasSize(1);
  }

  @Test
  void dispatchersRacingOverFiveHundredNotificationsSendEachExactlyOnce() throws Exception {
    String domain = "race-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    String caseNumber = "ESC-RACE-" + UUID.randomUUID().toString().substring(0, 8);
    for (int transition = 1; transition <= 500; transition++) {
      outbox.enqueue(new Notification(caseNumber + "#" + transition, caseNumber,
          CaseEvent.ROUTED, Level.TIER1, Level.TIER1.owner(), Instant.now(), "call us",
          "customer" + transition + "@" + domain, null));
    }

    // two more dispatchers besides the scheduled one, as on three nodes sharing the database
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        running.add(nodes.submit(() -> {
          while (outbox.of(caseNumber).stream().anyMatch(entry -> !entry.status().equals("SENT"))) {
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

    List<String> recipients = Arrays.stream(smtp.greenMail().getReceivedMessagesForDomain(domain))
        .map(message -> {
          try {
            return message.getAllRecipients()[0].toString();
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
    assertThat(recipients).hasSize(500).doesNotHaveDuplicates();
  }

  // --- helpers

  private static String newRecipient() {
    return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private String startCase(String email) {
    return startCase(email, null);
  }

  private String startCase(String email, String phone) {
    String caseNumber = "ESC-MAIL-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> data = new HashMap<>(Map.of(
        "customerId", "C-8001", "description", "Invoice wrong",
        "category", "GENERAL", "priority", "NORMAL", "trigger", "RESOLUTION_DELAYED",
        "customerSegment", "STANDARD", "channel", "EMAIL", "customerName", "Max Mustermann"));
    data.put("customerEmail", email);
    data.put("customerPhone", phone);
    runtime.startProcessInstanceByKey(CustomerEscalationProcess.PROCESS_KEY, caseNumber, data);
    return caseNumber;
  }

  private static String newPhone() {
    return "+4917" + (10_000_000 + (int) (Math.random() * 80_000_000));
  }

  private List<LocalHttpService.Request> smsRequestsFor(String caseNumber) {
    return smsGateway.requests().stream()
        .filter(request -> request.body().contains("\"reference\":\"" + caseNumber + "#"))
        .toList();
  }

  private void completeAs(String caseNumber, String user, String group) {
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    identity.setAuthentication(user, List.of(group));
    try {
      tasks.complete(taskId, Map.of("outcome", "RESOLVED", "reason", "Refunded"));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Executes the case's due jobs: notification steps, and timers as if their time had come. */
  private void runJobs(String caseNumber) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    management.createJobQuery().processInstanceId(instance).list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private void awaitMails(String email, int count) {
    Awaitility.await().atMost(PATIENCE).until(() -> mailsTo(email).size() >= count);
  }

  private void awaitAllSent(String caseNumber) {
    Awaitility.await().atMost(PATIENCE).until(() -> outbox.of(caseNumber).stream()
        .allMatch(entry -> entry.status().equals("SENT")));
  }

  private List<MimeMessage> mailsTo(String email) {
    return Arrays.stream(smtp.greenMail().getReceivedMessages())
        .filter(message -> {
          try {
            return Arrays.stream(message.getAllRecipients())
                .anyMatch(address -> address.toString().equals(email));
          } catch (jakarta.mail.MessagingException e) {
            return false;
          }
        })
        .toList();
  }

  private static String body(MimeMessage message) throws Exception {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
  }

  private int attemptsOf(String caseNumber) {
    return jdbc.sql("select attempts from notification_outbox where case_number = ?")
        .param(caseNumber).query(Integer.class).single();
  }

  private String statusOf(String caseNumber) {
    return jdbc.sql("select status from notification_outbox where case_number = ?")
        .param(caseNumber).query(String.class).single();
  }
}
