package io.escalationdesk.conversation;

/** Where a customer's message stands. */
public enum InboundStatus {
    /** Stored; not threaded yet. */
    RECEIVED,
    /** On an open case. */
    THREADED,
    /** It opened a follow-up of a closed case. */
    FOLLOW_UP,
    /** It named no case and opened one. */
    NEW_CASE,
    /** Kept without touching any case ({@link ParkedReason}). */
    PARKED
}
