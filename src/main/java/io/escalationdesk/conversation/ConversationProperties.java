package io.escalationdesk.conversation;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How customers' messages find their case.
 *
 * @param tokenSecret signs the token every mail of ours carries in its Message-ID and reply
 *     address, so an answer finds its case and nobody can forge one for another case
 * @param newCasesPerSenderPerHour new cases and follow-ups one sender may open in an hour; more
 *     are parked, not lost
 * @param attempts how often threading a message is tried before it is parked with its error
 * @param retryAfter a message still not threaded this long after it arrived is tried again, by
 *     any node
 * @param newCase the codes of a case a message opens when it names none, by inbound channel
 *     (EMAIL, SMS, WHATSAPP, CHAT); {@code default} for the channels not listed
 */
@Validated
@ConfigurationProperties("escalation.conversation")
public record ConversationProperties(
        String tokenSecret,
        @Min(1) int newCasesPerSenderPerHour,
        @Min(1) int attempts,
        @NotNull Duration retryAfter,
        Map<String, NewCaseDefaults> newCase) {

    /** Shorter secrets are guessable; a token signed with one could be forged. */
    static final int SECRET_LENGTH = 32;

    /** The codes a case opened by a customer's message starts with, for Tier 1 to triage. */
    public record NewCaseDefaults(
            Category category, Priority priority, Trigger trigger, CustomerSegment customerSegment) {

        static final NewCaseDefaults TRIAGE = new NewCaseDefaults(
                Category.GENERAL, Priority.NORMAL, Trigger.CUSTOMER_MESSAGE, CustomerSegment.STANDARD);
    }

    public ConversationProperties {
        if (tokenSecret == null || tokenSecret.length() < SECRET_LENGTH) {
            throw new IllegalArgumentException("escalation.conversation.token-secret "
                    + "(THREAD_TOKEN_SECRET) must be at least " + SECRET_LENGTH + " characters: it signs "
                    + "the token that threads a customer's answer to their case");
        }
        newCase = newCase == null ? Map.of() : newCase;
    }

    NewCaseDefaults newCaseOn(InboundChannel channel) {
        return newCase.getOrDefault(channel.name(), newCase.getOrDefault("default", NewCaseDefaults.TRIAGE));
    }
}
