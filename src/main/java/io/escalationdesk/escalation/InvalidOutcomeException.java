package io.escalationdesk.escalation;

import io.escalationdesk.system.InvalidFieldException;

/** An outcome the case's level does not allow, or one that lacks required data. */
public class InvalidOutcomeException extends InvalidFieldException {

    InvalidOutcomeException(String field, String message) {
        super(field, message);
    }

    /** The process variable that is wrong. */
    public String field() {
        return errors().get(0).field();
    }
}
