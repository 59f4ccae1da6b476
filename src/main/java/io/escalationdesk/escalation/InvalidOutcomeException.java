package io.escalationdesk.escalation;

/** An outcome the case's level does not allow, or one that lacks required data. */
public class InvalidOutcomeException extends IllegalArgumentException {

    private final String field;

    InvalidOutcomeException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The process variable that is wrong. */
    public String field() {
        return field;
    }
}
