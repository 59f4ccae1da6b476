package io.escalationdesk.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param contact how customers reach the call center, quoted in every notification
 * @param from the sender address of customer emails
 * @param maxAttempts deliveries tried before a notification is FAILED
 * @param firstRetry wait after the first failure; doubles with every further failure
 * @param claim how long a dispatcher owns a notification it is sending
 * @param senders notifications a node sends at once: a slow mail server or SMS gateway holds
 *     one sender, not the whole outbox
 * @param mailFolder where emails are written as .eml files when no SMTP host is configured
 * @param timeZone the zone customers read times in
 * @param supervisors the email address of each group's supervisor for SLA warnings, by group id,
 *     with {@code default} for the groups not listed; a blank address means none
 */
@Validated
@ConfigurationProperties("escalation.notification")
record NotificationProperties(
    @NotBlank String contact,
    @NotBlank String from,
    @Min(1) int maxAttempts,
    @NotNull Duration firstRetry,
    @NotNull Duration claim,
    @Min(1) int senders,
    @NotNull Path mailFolder,
    @NotNull ZoneId timeZone,
    Map<String, String> supervisors) {

  NotificationProperties {
    supervisors = supervisors == null ? Map.of() : supervisors;
  }

  /** Where SLA warnings about the group's cases go; none when nobody configured one. */
  String supervisorOf(String group) {
    String address = supervisors.getOrDefault(group, supervisors.get("default"));
    return address == null || address.isBlank() ? null : address;
  }
}
