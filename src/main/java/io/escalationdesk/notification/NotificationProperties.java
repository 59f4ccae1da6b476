package io.escalationdesk.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param contact how customers reach the call center, quoted in every notification
 * @param from the sender address of customer emails
 * @param maxAttempts deliveries tried before a notification is FAILED
 * @param firstRetry wait after the first failure; doubles with every further failure
 * @param claim how long a dispatcher owns a notification it is sending
 * @param mailFolder where emails are written as .eml files when no SMTP host is configured
 * @param timeZone the zone customers read times in
 * @param surveyUrl the satisfaction survey linked from the resolution message; {@code {caseNumber}}
 *     is replaced; none when empty
 */
@Validated
@ConfigurationProperties("escalation.notification")
record NotificationProperties(
    @NotBlank String contact,
    @NotBlank String from,
    @Min(1) int maxAttempts,
    @NotNull Duration firstRetry,
    @NotNull Duration claim,
    @NotNull Path mailFolder,
    @NotNull ZoneId timeZone,
    String surveyUrl) {

  NotificationProperties {
    surveyUrl = surveyUrl == null || surveyUrl.isBlank() ? null : surveyUrl;
  }
}
