package io.escalationdesk.goodwill;

/** The named exceptions to the terms a level may make. */
public enum ExceptionKind {
    EXTENDED_RETURN,
    CONTRACT_EXIT,
    DEVICE_REPLACEMENT
}
