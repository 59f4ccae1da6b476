package io.escalationdesk.notification;

import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** How the customer wants to hear about their case, as they told an agent. */
public record NotificationPreferences(
        @Schema(
                example = "SMS",
                allowableValues = {"EMAIL", "SMS"},
                description = "WhatsApp and chat carry only answers to the customer's own messages there")
        @NotNull
        ContactChannel preferredContactChannel,

        @Schema(example = "DE") @NotNull Language language,

        @Schema(description = "the customer does not want messages about the case")
        boolean optOut) {}
