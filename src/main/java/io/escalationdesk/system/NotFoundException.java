package io.escalationdesk.system;

/** The addressed resource does not exist: a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
