package io.escalationdesk.feedback;

import io.escalationdesk.cases.Language;
import java.util.Optional;

/** A survey link that cannot be answered (any more): nothing was stored. */
public class SurveyRefusedException extends RuntimeException {

    /** Why a link cannot be answered. */
    public enum Reason {
        UNKNOWN,
        EXPIRED,
        ANSWERED
    }

    private final Reason reason;
    private final Language language;

    SurveyRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** @param language the case's, for a link we sent */
    SurveyRefusedException(Reason reason, String message, Language language) {
        super(message);
        this.reason = reason;
        this.language = language;
    }

    public Reason reason() {
        return reason;
    }

    /** The language of the case the link is about; none for a link we did not send. */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }
}
