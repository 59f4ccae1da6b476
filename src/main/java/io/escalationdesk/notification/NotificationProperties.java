package io.escalationdesk.notification;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param contact how customers reach the call center, quoted in every notification */
@Validated
@ConfigurationProperties("escalation.notification")
record NotificationProperties(@NotBlank String contact) {}
