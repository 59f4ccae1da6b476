package io.escalationdesk.system;

/** The request is understood but the resource is not in a state that allows it: a 409 problem. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
