package io.escalationdesk.escalation;

/** What came of the outbound department's call to the customer. */
public enum CallOutcome {
    /** The customer answered what we need; the case runs on as after a reply. */
    REACHED,
    /** Nobody picked up: called again later, or reminded by message after the last attempt. */
    NO_ANSWER,
    /** The number is not the customer's: the agent who asked is told. */
    WRONG_NUMBER
}
