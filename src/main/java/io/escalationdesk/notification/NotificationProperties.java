package io.escalationdesk.notification;

import io.escalationdesk.cases.Language;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * @param contacts how customers reach the call center in their language, by language (DE);
 *     {@code contact} for the languages not listed
 * @param deskUrl the desk's case page, which supervisors' mails link a case on
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
        Map<Language, String> contacts,
        @NotBlank String deskUrl,
        Map<String, String> supervisors) {

    NotificationProperties {
        contacts = contacts == null ? Map.of() : contacts;
        supervisors = supervisors == null ? Map.of() : supervisors;
    }

    /** The contact line in the customer's language, if one is configured for it. */
    Optional<String> contactIn(Language language) {
        return Optional.ofNullable(contacts.get(language)).filter(contact -> !contact.isBlank());
    }

    /** Where SLA warnings about the group's cases go; none when nobody configured one. */
    String supervisorOf(String group) {
        String address = supervisors.getOrDefault(group, supervisors.get("default"));
        return address == null || address.isBlank() ? null : address;
    }
}
