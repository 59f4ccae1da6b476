package io.escalationdesk.api;

import io.escalationdesk.intake.ContactIntake;
import io.escalationdesk.intake.ContactRecorded;
import io.escalationdesk.intake.CustomerContact;
import io.escalationdesk.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class ContactController {

    private final ContactIntake contacts;

    ContactController(ContactIntake contacts) {
        this.contacts = contacts;
    }

    @Operation(
            summary = "Record a customer's follow-up contact",
            description = "Adds the contact to the timeline. `askedForSupervisor` escalates a case "
                    + "that is with Tier 1 or Tier 2 to a supervisor. On a closed case a follow-up case is "
                    + "opened (201, Location of the new case) linked to the closed one.")
    @PostMapping(
            path = "/api/cases/{caseNumber}/contacts",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContactRecorded> contact(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
            @Valid @RequestBody CustomerContact contact,
            Authentication caller) {
        ContactRecorded recorded = contacts.record(caseNumber, contact, Callers.of(caller));
        if (recorded.followUpOf() != null) {
            return ResponseEntity.created(URI.create("/api/cases/" + recorded.caseNumber()))
                    .body(recorded);
        }
        return ResponseEntity.ok(recorded);
    }
}
