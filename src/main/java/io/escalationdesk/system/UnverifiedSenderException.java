package io.escalationdesk.system;

/**
 * A request that must prove who sent it, such as a provider's webhook, did not: a 401 problem,
 * and nothing of it is kept.
 */
public class UnverifiedSenderException extends RuntimeException {

    public UnverifiedSenderException(String message) {
        super(message);
    }
}
