package io.escalationdesk.api;

import io.escalationdesk.intake.CaseIntake;
import io.escalationdesk.intake.NewCase;
import io.escalationdesk.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class CaseIntakeController {

    private final CaseIntake intake;

    CaseIntakeController(CaseIntake intake) {
        this.intake = intake;
    }

    @Operation(
            summary = "Escalate a customer's concern",
            description = "Creates the case and routes it by the escalation policy. A repeated request "
                    + "with the same Idempotency-Key returns the first request's case (200).")
    @PostMapping(
            path = "/api/cases",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseCreated> open(
            @Valid @RequestBody NewCase request,
            @Parameter(description = "Any unique string per escalation; retries reuse it")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(max = 100)
                    String idempotencyKey,
            Authentication caller) {
        var accepted = intake.open(request, idempotencyKey, Callers.of(caller));
        var record = accepted.record();
        return ResponseEntity.status(accepted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/cases/" + record.caseNumber()))
                .body(new CaseCreated(record.caseNumber(), record.status(), record.level(), record.openedAt()));
    }
}
