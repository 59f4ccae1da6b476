package io.escalationdesk.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The satisfaction survey after a resolution: our own page, or a survey tool of the call
 * center's.
 *
 * @param pageUrl where customers reach this application, for the link to {@code /survey/{token}}
 * @param externalUrl a survey tool's page linked instead of ours; {@code {caseNumber}} is
 *     replaced; none when empty
 * @param tokenSecret the key the links' tokens are signed with, so they can be written again
 *     without being stored; required for our own page
 * @param validFor how long a link may be answered after it was first sent
 * @param reviewAtOrBelow a satisfaction at or below this puts the answer into the supervisors'
 *     review, as does a concern the customer says is not resolved
 * @param commentLength the longest comment a customer may leave
 * @param submissionsPerAddress answers accepted from one client address per submission window;
 *     guessing at links or flooding the page beyond that gets 429
 */
@Validated
@ConfigurationProperties("escalation.survey")
public record SurveyProperties(
        @NotNull URI pageUrl,
        String externalUrl,
        String tokenSecret,
        @NotNull Duration validFor,
        @Min(1) @Max(5) int reviewAtOrBelow,
        @Min(1) @Max(1000) int commentLength,
        @Min(1) int submissionsPerAddress,
        @NotNull Duration submissionWindow) {

    /** Shorter secrets are guessable; a link signed with one could be forged. */
    static final int SECRET_LENGTH = 32;

    public SurveyProperties {
        externalUrl = externalUrl == null || externalUrl.isBlank() ? null : externalUrl;
        if (externalUrl == null && (tokenSecret == null || tokenSecret.length() < SECRET_LENGTH)) {
            throw new IllegalArgumentException("escalation.survey.token-secret (SURVEY_TOKEN_SECRET) "
                    + "must be at least " + SECRET_LENGTH + " characters for the survey page; or set "
                    + "escalation.survey.external-url (SURVEY_URL) to link a survey tool instead");
        }
    }

    boolean ownPage() {
        return externalUrl == null;
    }
}
