package io.escalationdesk.intake;

import io.escalationdesk.cases.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The customer called back or wrote again about a case. */
public record CustomerContact(
        @Schema(example = "PHONE") @NotNull Channel channel,

        @Schema(example = "Still charged twice, wants to speak to a supervisor") @NotBlank @Size(max = 2000)
        String note,

        @Schema(description = "the customer insists on a supervisor")
        boolean askedForSupervisor) {}
