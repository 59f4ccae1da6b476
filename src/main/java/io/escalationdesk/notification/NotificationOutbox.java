package io.escalationdesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications waiting for delivery, written in the engine's transaction. */
@Repository
public class NotificationOutbox {

  /** A queued or delivered message as the case page shows it; the recipient is masked. */
  public record Entry(
      String event, String level, String owner, Instant expectedResponseBy, String recipient,
      String status, Instant createdAt) {}

  static final String QUEUED = "QUEUED";

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<Entry> of(String caseNumber) {
    return jdbc.sql("""
            select event, level, owner, expected_response_by, recipient_email, recipient_phone,
                   status, created_at
            from notification_outbox where case_number = ? order by id""")
        .param(caseNumber)
        .query((row, n) -> new Entry(
            row.getString("event"),
            row.getString("level"),
            row.getString("owner"),
            instant(row.getTimestamp("expected_response_by")),
            mask(row.getString("recipient_email"), row.getString("recipient_phone")),
            row.getString("status"),
            instant(row.getTimestamp("created_at"))))
        .list();
  }

  /** Enough to recognise the address on the phone with the customer, not enough to harvest it. */
  static String mask(String email, String phone) {
    if (email != null) {
      int at = email.indexOf('@');
      return at <= 1
          ? "***" + email.substring(Math.max(at, 0))
          : email.charAt(0) + "***" + email.substring(at);
    }
    if (phone != null && phone.length() > 4) {
      return "***" + phone.substring(phone.length() - 4);
    }
    return null;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** Queues the notification unless one with its key is already there. */
  void enqueue(Notification notification) {
    jdbc.sql("""
            insert into notification_outbox
              (notification_key, case_number, event, level, owner, expected_response_by,
               contact_point, recipient_email, recipient_phone, status, created_at)
            select :key, :caseNumber, :event, :level, :owner, :expectedResponseBy,
                   :contactPoint, :recipientEmail, :recipientPhone, :status, :createdAt
            where not exists (select 1 from notification_outbox where notification_key = :key)
            """)
        .param("key", notification.key())
        .param("caseNumber", notification.caseNumber())
        .param("event", notification.event().name())
        .param("level", notification.level().name())
        .param("owner", notification.owner())
        .param("expectedResponseBy", notification.expectedResponseBy() == null
            ? null : Timestamp.from(notification.expectedResponseBy()))
        .param("contactPoint", notification.contactPoint())
        .param("recipientEmail", notification.recipientEmail())
        .param("recipientPhone", notification.recipientPhone())
        .param("status", QUEUED)
        .param("createdAt", Timestamp.from(clock.instant()))
        .update();
  }
}
