package io.escalationdesk.conversation;

/** Why a message was kept without touching any case; administrators see each. */
public enum ParkedReason {
    /** A delivery status report: one of our mails did not arrive. */
    BOUNCE,
    /** An out-of-office or other automatic reply, or bulk mail: answering it could loop. */
    AUTO_REPLY,
    /** Sent from our own address: a loop. */
    OWN_ADDRESS,
    /** An answer to a mail we sent our staff (an SLA warning): theirs, not the customer's. */
    STAFF_THREAD,
    /** The sender opened more cases this hour than a person would. */
    SENDER_LIMIT,
    /** The message could not be read; the error says why. */
    UNPARSEABLE,
    /** Threading it failed again and again; the error says why. */
    FAILED
}
