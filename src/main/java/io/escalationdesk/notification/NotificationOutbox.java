package io.escalationdesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications waiting for delivery, written in the engine's transaction. */
@Repository
class NotificationOutbox {

  static final String QUEUED = "QUEUED";

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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
