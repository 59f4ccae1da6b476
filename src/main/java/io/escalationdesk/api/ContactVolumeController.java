package io.escalationdesk.api;

import io.escalationdesk.intake.ContactVolume;
import io.escalationdesk.intake.ContactVolumes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Insights")
class ContactVolumeController {

    /** A batch of daily counts. */
    record ContactVolumeReport(@NotEmpty @Size(max = 1000) List<@Valid ContactVolume> volumes) {}

    private final ContactVolumes volumes;

    ContactVolumeController(ContactVolumes volumes) {
        this.volumes = volumes;
    }

    @Operation(
            summary = "Report contact volumes per day, channel and team",
            description = "All contacts, escalated or not: what the escalation rate is measured "
                    + "against. A day, channel and team reported again replaces its count.")
    @PostMapping(
            path = "/api/contact-volumes",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> report(@Valid @RequestBody ContactVolumeReport report) {
        volumes.report(report.volumes(), "volumes");
        return Map.of("stored", report.volumes().size());
    }
}
