package io.escalationdesk.intake;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.system.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A customer's concern as it is escalated: by the case API, Tasklist's start form or the engine's
 * REST API, under the same rules.
 *
 * @param preferredContactChannel none: email if the customer left an address, SMS otherwise
 * @param language none: English
 */
public record NewCase(
        @Schema(example = "C-1001") @NotBlank @Size(max = 64)
        String customerId,

        @Schema(example = "Jane Doe") @NotBlank @Size(max = 200)
        String customerName,

        @Schema(example = "jane.doe@example.com") @Email @Size(max = 254)
        String customerEmail,

        @Schema(example = "+49 151 12345678")
        @Pattern(regexp = "\\+?[0-9 ()/-]{6,32}", message = "must be a phone number")
        String customerPhone,

        @Schema(
                example = "EMAIL",
                allowableValues = {"EMAIL", "SMS"},
                description = "EMAIL (needs customerEmail) or SMS (needs "
                        + "customerPhone); when absent, EMAIL if there is an address, otherwise SMS")
        ContactChannel preferredContactChannel,

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

    /** The rule across fields, reported on the email: reads "customerEmail or customerPhone …". */
    private static final FieldError NO_CONTACT =
            new FieldError("customerEmail", "or customerPhone is required: the customer needs a way to be reached");

    /** The rule across fields: we can reach the customer, on their preferred channel if given. */
    List<FieldError> unreachable() {
        if (isBlank(customerEmail) && isBlank(customerPhone)) {
            return List.of(NO_CONTACT);
        }
        if (preferredContactChannel != null
                && preferredContactChannel.addressOf(customerEmail, customerPhone) == null) {
            return List.of(new FieldError(
                    "preferredContactChannel", "needs customerEmail for EMAIL or customerPhone for SMS"));
        }
        return List.of();
    }

    /**
     * The refusal as a person reads it beside a form: each field by the form's label for it
     * ("Phone: must be …"), the rule across fields as the one sentence it is.
     *
     * @param labelOf the form's label of a field, by the field's name here
     */
    public static String readable(List<FieldError> errors, UnaryOperator<String> labelOf) {
        return errors.stream()
                .map(error -> error.equals(NO_CONTACT)
                        ? labelOf.apply("customerEmail") + " or "
                                + labelOf.apply("customerPhone").toLowerCase(Locale.ENGLISH)
                                + ": give at least one, so we can tell the customer how their case goes"
                        : labelOf.apply(error.field()) + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    /** The case record it opens, the defaults filled in. */
    CaseRecord recordOf(String caseNumber, Instant openedAt, String followUpOf) {
        return new CaseRecord(
                caseNumber,
                customerId,
                customerName,
                customerEmail,
                customerPhone,
                preferredContactChannel != null
                        ? preferredContactChannel
                        : ContactChannel.EMAIL.orOtherReaching(customerEmail, customerPhone),
                channel,
                category,
                priority,
                trigger,
                customerSegment,
                description,
                externalReference,
                CaseStatus.OPEN,
                null,
                null,
                openedAt,
                null,
                followUpOf,
                language == null ? Language.EN : language,
                notificationOptOut);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
