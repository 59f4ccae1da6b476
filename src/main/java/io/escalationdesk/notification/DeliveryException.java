package io.escalationdesk.notification;

/**
 * A channel refused a message. Permanent failures (the provider rejected the request) are not
 * retried on that channel; the dispatcher falls back to the customer's other channel.
 */
class DeliveryException extends Exception {

    private final boolean permanent;

    DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    boolean isPermanent() {
        return permanent;
    }
}
