package io.escalationdesk.cases;

import io.escalationdesk.escalation.Level;
import java.time.Instant;
import java.util.Locale;

/**
 * An escalated case as agents see it; the row in {@code escalation_case}.
 *
 * @param partner the partner team that has the case now; none when the level's own team has it
 *     ({@link Partners})
 * @param linkedCaseNumber the closed case this one follows up, if any
 * @param language the language of the customer's messages
 * @param notificationOptOut the customer asked not to be messaged about the case
 */
public record CaseRecord(
        String caseNumber,
        String customerId,
        String customerName,
        String customerEmail,
        String customerPhone,
        ContactChannel preferredContactChannel,
        Channel channel,
        Category category,
        Priority priority,
        Trigger trigger,
        CustomerSegment customerSegment,
        String description,
        String externalReference,
        CaseStatus status,
        Level level,
        String partner,
        Instant openedAt,
        Instant closedAt,
        String linkedCaseNumber,
        Language language,
        boolean notificationOptOut) {

    /** Lower-case, trimmed: the form the email index holds. */
    public static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
