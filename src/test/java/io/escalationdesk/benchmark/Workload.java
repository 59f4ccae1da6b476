package io.escalationdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import java.util.Base64;
import java.util.Map;

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
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
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
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(app.uri("/api/cases"))
        .header("Authorization", basic("tier1-agent")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Intake answered " + created.statusCode() + ": "
          + created.body());
    }
    return json.readTree(created.body()).get("caseNumber").asText();
  }

  /** A real SMTP server on a free loopback port, and the settings that send the app's mail there. */
  public static GreenMail mailServer() throws IOException {
    GreenMail smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  public static Map<String, String> mailTo(GreenMail smtp) {
    return Map.of("MAIL_HOST", "127.0.0.1", "MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()),
        "MAIL_STARTTLS", "false");
  }

  /** Until no asynchronous step of the engine is due and no message waits to be sent. */
  public static void awaitQuiet(Connection db) throws SQLException, InterruptedException {
    try (PreparedStatement jobs = db.prepareStatement("select count(*) from act_ru_job "
            + "where type_ = 'message' and retries_ > 0");
        PreparedStatement outbox = db.prepareStatement("select count(*) from "
            + "notification_outbox where status in ('QUEUED', 'SENDING')")) {
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
