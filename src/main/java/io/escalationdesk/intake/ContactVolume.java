package io.escalationdesk.intake;

import io.escalationdesk.cases.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How many contacts of every kind a team took on one channel on one day. */
public record ContactVolume(
        @Schema(example = "2026-11-30") @NotNull LocalDate day,
        @Schema(example = "PHONE") @NotNull Channel channel,

        @Schema(example = "tier1", description = "tier1, tier2, supervisors, management, billing or " + "technical")
        @NotBlank
        String team,

        @Schema(example = "1250") @NotNull @Min(0) Integer contacts) {}
