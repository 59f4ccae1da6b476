package io.escalationdesk.api;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.notification.NotificationPreferences;
import io.escalationdesk.notification.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Operation(
            summary = "Retry a failed notification",
            description =
                    "Gives a FAILED notification one more delivery attempt now (202). 409 when " + "it is not FAILED.")
    @PostMapping(path = "/api/cases/{caseNumber}/notifications/{id}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NotificationOutbox.Entry> retry(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
            @PathVariable long id,
            Authentication caller) {
        return ResponseEntity.accepted().body(notifications.retry(caseNumber, id, caller.getName()));
    }

    @Operation(
            summary = "Change how the customer hears about the case",
            description = "Preferred channel (the customer must have an address there), language of "
                    + "the messages, opt-out. Applies to every message not yet sent.")
    @PutMapping(
            path = "/api/cases/{caseNumber}/notification-preferences",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CaseRecord preferences(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
            @Valid @RequestBody NotificationPreferences preferences,
            Authentication caller) {
        return notifications.changePreferences(caseNumber, preferences, caller.getName());
    }
}
