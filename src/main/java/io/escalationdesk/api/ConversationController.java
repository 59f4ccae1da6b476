package io.escalationdesk.api;

import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.notification.Notifications;
import io.escalationdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conversation with the customer: agents write to them, and read and download what they
 * sent; administrators see the messages parked without touching a case.
 */
@RestController
@Tag(name = "Conversation")
class ConversationController {

    /** What an agent writes to the customer. */
    record AgentMessage(
            @Schema(example = "We refunded the second charge; it shows within 3 days.")
            String text) {}

    private final Notifications notifications;
    private final InboundMessages messages;

    ConversationController(Notifications notifications, InboundMessages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @Operation(
            summary = "Write to the customer",
            description = "Sent as written, on the customer's preferred channel, by email in the "
                    + "case's thread; recorded on the timeline. 202: queued for delivery.")
    @PostMapping(
            path = "/api/cases/{caseNumber}/messages",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> write(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
            @RequestBody AgentMessage message,
            Authentication caller) {
        notifications.messageCustomer(caseNumber, message.text(), caller.getName());
        return ResponseEntity.accepted().body(Map.of("status", "QUEUED"));
    }

    @Operation(summary = "Download a file the customer sent", description = "Always as a download, never shown inline.")
    @GetMapping(path = "/api/cases/{caseNumber}/messages/{messageId}/attachments/{id}")
    ResponseEntity<byte[]> attachment(
            @PathVariable String caseNumber, @PathVariable long messageId, @PathVariable long id) {
        InboundMessages.AttachmentContent file = messages.attachment(caseNumber, messageId, id)
                .orElseThrow(() -> new NotFoundException("No such file on case " + caseNumber));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @Operation(
            summary = "Messages kept without touching a case",
            description = "Bounces, automatic replies, our own mails, senders over the limit, "
                    + "unreadable ones and those that failed to land, newest first; for administrators.")
    @GetMapping(path = "/api/parked-messages", produces = MediaType.APPLICATION_JSON_VALUE)
    List<InboundMessages.Shown> parked(@RequestParam(defaultValue = "100") int limit) {
        return messages.parked(Math.min(Math.max(limit, 1), 500));
    }
}
