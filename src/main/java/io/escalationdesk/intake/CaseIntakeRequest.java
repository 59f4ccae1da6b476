package io.escalationdesk.intake;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An escalation as Tier 1 (or any channel's system) reports it. */
record CaseIntakeRequest(
    @Schema(example = "C-1001") @NotBlank @Size(max = 64) String customerId,
    @Schema(example = "Jane Doe") @NotBlank @Size(max = 200) String customerName,
    @Schema(example = "jane.doe@example.com") @Email @Size(max = 254) String customerEmail,
    @Schema(example = "+49 151 12345678")
    @Pattern(regexp = "\\+?[0-9 ()/-]{6,32}", message = "must be a phone number") String customerPhone,
    @Schema(example = "EMAIL") @NotNull ContactChannel preferredContactChannel,
    @Schema(example = "PHONE") @NotNull Channel channel,
    @Schema(example = "BILLING") @NotNull Category category,
    @Schema(example = "NORMAL") @NotNull Priority priority,
    @Schema(example = "BILLING_DISPUTE") @NotNull Trigger trigger,
    @Schema(example = "STANDARD") @NotNull CustomerSegment customerSegment,
    @Schema(example = "Charged twice for the October invoice") @NotBlank @Size(max = 4000)
    String description,
    @Schema(example = "CRM-558877") @Size(max = 100) String externalReference,
    @Schema(description = "language of the customer's messages; EN when absent", example = "DE")
    Language language,
    @Schema(description = "the customer does not want messages about the case")
    boolean notificationOptOut) {

  Language languageOrDefault() {
    return language == null ? Language.EN : language;
  }

  /** The preferred channel needs its address: an email for EMAIL, a phone number for SMS. */
  boolean reachesThePreferredChannel() {
    return switch (preferredContactChannel) {
      case EMAIL -> customerEmail != null && !customerEmail.isBlank();
      case SMS -> customerPhone != null && !customerPhone.isBlank();
    };
  }
}
