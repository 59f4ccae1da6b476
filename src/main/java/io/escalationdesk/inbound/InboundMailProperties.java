package io.escalationdesk.inbound;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The mailbox customers answer to.
 *
 * @param host the IMAP server; none: no mailbox is read
 * @param protocol {@code imap}, or {@code imaps} for IMAP over TLS
 * @param ownAddress our sender address: a mail from it is a loop and is parked
 * @param idle wait for new mail with IMAP IDLE where the server offers it, polling otherwise
 * @param pollEvery how often the mailbox is checked without IDLE, and at the latest with it
 * @param attachmentMaxSize larger files are listed with the message, without their content
 * @param attachmentTypes the content types kept, {@code image/*} for a whole family
 * @param authenticatedBy the authserv-id our receiving mail server writes in Authentication-Results
 *     (RFC 8601): a mail it did not pass (DMARC, else SPF or DKIM) is never threaded by a case
 *     number in its subject, since its From may be forged; none: the server refuses such mail
 */
@Validated
@ConfigurationProperties("escalation.inbound.mail")
record InboundMailProperties(
        String host,
        @Min(1) int port,
        @NotBlank String protocol,
        String username,
        String password,
        @NotBlank String folder,
        @NotBlank String ownAddress,
        boolean idle,
        @NotNull Duration pollEvery,
        @NotNull DataSize attachmentMaxSize,
        @NotNull List<String> attachmentTypes,
        String authenticatedBy) {

    boolean configured() {
        return host != null && !host.isBlank();
    }

    boolean allows(String contentType) {
        return attachmentTypes.stream()
                .anyMatch(allowed -> allowed.endsWith("/*")
                        ? contentType.startsWith(allowed.substring(0, allowed.length() - 1))
                        : contentType.equals(allowed));
    }
}
