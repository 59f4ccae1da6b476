package io.escalationdesk.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param gatewayUrl the SMS provider's HTTP endpoint; none: messages are written to {@code folder}
 * @param username HTTP Basic user at the gateway
 * @param password HTTP Basic password at the gateway
 * @param sender the sender name or number shown to customers
 * @param folder where SMS go without a gateway
 */
@Validated
@ConfigurationProperties("escalation.notification.sms")
record SmsProperties(
        URI gatewayUrl,
        String username,
        String password,
        @NotBlank String sender,
        @NotNull Path folder) {}
