package io.escalationdesk.notification;

/** Where a queued message stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) delivery attempt. */
    QUEUED,
    /** A dispatcher has claimed it and is delivering it. */
    SENDING,
    /** The email provider or SMS gateway took it. */
    SENT,
    /** Not sent: the customer opted out or left no address for it. */
    SKIPPED,
    /** Not delivered after the last attempt, or refused for good; waits for an operator's retry. */
    FAILED
}
